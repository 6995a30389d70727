// An unhandled rejection exits with code 1 even when process.exitCode was set to something else;
// output printed before the crash still appears, timers after it never run.
process.exitCode = 3;
console.log('before');
setTimeout(() => console.log('this timer never runs'), 0);
Promise.resolve()
	.then(() => console.log('first job'))
	.then(() => {
		throw new Error('thrown in a then callback');
	});
process.nextTick(() => console.log('nextTick before the crash'));
