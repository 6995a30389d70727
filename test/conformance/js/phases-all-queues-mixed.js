// A guided tour: sync, nextTick, promise, timer, immediate from timer.
console.log('1 sync');
setTimeout(() => {
	console.log('5 timer');
	setImmediate(() => console.log('7 immediate'));
	process.nextTick(() => console.log('6 tick in timer'));
}, 5);
process.nextTick(() => console.log('3 tick'));
Promise.resolve().then(() => console.log('4 promise'));
console.log('2 sync');
