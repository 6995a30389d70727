// An unhandled rejection exits with code 1 once the microtask queue is drained.
Promise.reject(new Error('nobody catches me'));
Promise.resolve()
	.then(() => console.log('microtask 1 still runs'))
	.then(() => console.log('microtask 2 still runs'));
process.nextTick(() => console.log('tick still runs'));
setTimeout(() => console.log('timer never runs'), 0);
console.log('main done');
