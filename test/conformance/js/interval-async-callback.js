// An interval with an async callback: each run's awaits finish before the next tick.
let runs = 0;
const id = setInterval(async () => {
	runs++;
	const run = runs;
	console.log('run', run, 'starts');
	await Promise.resolve();
	console.log('run', run, 'after await');
	if (run === 2) clearInterval(id);
}, 15);
