// An 'uncaughtException' listener keeps the process alive; the loop carries on with other callbacks.
process.on('uncaughtException', (error, origin) => {
	console.log('caught by listener:', error.message, 'origin:', origin);
});
setTimeout(() => {
	console.log('timer 1 throws');
	setImmediate(() => {
		setTimeout(() => console.log('timer 2, set by the immediate, still runs'), 0);
		throw new Error('from an immediate');
	});
	throw new Error('from timer 1');
}, 1);
Promise.reject(new Error('rejection becomes uncaught exception'));
console.log('main end');
