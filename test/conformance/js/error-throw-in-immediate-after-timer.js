// An exception in an immediate ends the process after the output before it.
setTimeout(() => {
	console.log('timer');
	setImmediate(() => {
		console.log('immediate about to throw');
		throw new Error('immediate failure');
	});
	setTimeout(() => console.log('never runs'), 10);
}, 5);
