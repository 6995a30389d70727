// A busy interval callback does not push its next run back: Node re-arms from when the run started.
let runs = 0;
const id = setInterval(() => {
	runs++;
	console.log('interval run', runs);
	const until = Date.now() + 60;
	while (Date.now() < until) {}
	if (runs === 3) clearInterval(id);
}, 100);
setTimeout(() => console.log('timeout at 240ms'), 240);
