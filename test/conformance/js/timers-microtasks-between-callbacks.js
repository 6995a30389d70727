// nextTicks and microtasks queued by a timer run before the next timer.
setTimeout(() => {
	console.log('to1');
	process.nextTick(() => console.log('to1 tick'));
	Promise.resolve().then(() => console.log('to1 promise'));
}, 5);
setTimeout(() => {
	console.log('to2');
	Promise.resolve().then(() => console.log('to2 promise'));
}, 5);
