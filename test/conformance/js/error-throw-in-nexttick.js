// An exception in a nextTick callback is uncaught: later callbacks never run.
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => {
	throw new RangeError('tick failed');
});
process.nextTick(() => console.log('tick 3 never runs'));
Promise.resolve().then(() => console.log('promise never runs'));
console.log('main done');
