// Inside a timer callback, an immediate always runs before a new 0ms timer.
setTimeout(() => {
	console.log('timer');
	setTimeout(() => console.log('timeout from timer'), 0);
	setImmediate(() => console.log('immediate from timer'));
}, 5);
