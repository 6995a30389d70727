// A nextTick queued from a microtask waits until the microtask queue is empty.
Promise.resolve()
	.then(() => {
		console.log('p1');
		process.nextTick(() => console.log('tick-in-p1'));
	})
	.then(() => console.log('p2'));
process.nextTick(() => console.log('tick1'));
queueMicrotask(() => console.log('qm'));
