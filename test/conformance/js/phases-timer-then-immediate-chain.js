// Within one loop iteration: timers, then check. A timer's immediate runs before later timers.
setTimeout(() => {
	console.log('timer 1');
	setImmediate(() => {
		console.log('immediate from timer 1');
		setTimeout(() => console.log('timer from immediate'), 30);
	});
}, 10);
setTimeout(() => console.log('timer 2 at 150ms'), 150);
