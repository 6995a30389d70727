// queueMicrotask callbacks run in the microtask queue; an error thrown in one is an uncaught exception.
process.on('uncaughtException', error => console.log('uncaught:', error.message));
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
	console.log('microtask 2 throws');
	throw new Error('from queueMicrotask');
});
queueMicrotask(() => console.log('microtask 3 still runs'));
process.nextTick(() => console.log('nextTick first'));
setTimeout(() => console.log('timeout after all'), 0);
try {
	queueMicrotask('not a function');
} catch (error) {
	console.log(error.name, error.code);
}
