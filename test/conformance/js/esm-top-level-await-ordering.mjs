// Top-level await suspends the module; ticks and timers queued earlier run meanwhile.
process.nextTick(() => console.log('tick queued before await'));
Promise.resolve().then(() => console.log('promise queued before await'));
setTimeout(() => console.log('timer 20ms'), 20);
await null;
console.log('after await null');
await new Promise(resolve => setTimeout(resolve, 100));
console.log('after 100ms await');
