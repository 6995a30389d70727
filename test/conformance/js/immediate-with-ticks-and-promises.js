// Microtasks and nextTicks drain after each immediate callback.
setImmediate(() => {
	console.log('immediate A');
	Promise.resolve().then(() => console.log('A promise'));
	process.nextTick(() => console.log('A tick'));
});
setImmediate(() => console.log('immediate B'));
process.nextTick(() => console.log('main tick'));
Promise.resolve().then(() => console.log('main promise'));
console.log('main');
