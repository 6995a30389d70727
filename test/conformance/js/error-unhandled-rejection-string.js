// Rejecting with a non-Error value still ends the process with code 1.
console.log('rejecting with a string');
Promise.reject('just a string');
process.nextTick(() => console.log('tick runs first'));
