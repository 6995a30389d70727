// In an ES module, promise jobs from the top level run before nextTicks.
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
queueMicrotask(() => console.log('microtask'));
console.log('sync');
