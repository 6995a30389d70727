// An interval re-arms after each run; a timeout slots in between runs.
let runs = 0;
const interval = setInterval(() => {
	runs++;
	console.log('interval run', runs);
	if (runs === 3) clearInterval(interval);
}, 100);
setTimeout(() => console.log('timeout at 250ms'), 250);
