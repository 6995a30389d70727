// process.exit ends the process at once: no more timers, ticks or promises.
setTimeout(() => {
	console.log('exiting with 4');
	Promise.resolve().then(() => console.log('never: promise'));
	process.nextTick(() => console.log('never: tick'));
	process.exit(4);
	console.log('never: after exit');
}, 5);
setTimeout(() => console.log('never: later timer'), 20);
