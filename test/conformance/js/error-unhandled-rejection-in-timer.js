// A rejection left unhandled in a timer callback ends the process before the next timer.
setTimeout(() => {
	console.log('timer 1 rejects a promise');
	Promise.reject(new Error('lost in timer 1'));
	Promise.resolve().then(() => console.log('timer 1 microtask'));
}, 10);
setTimeout(() => console.log('timer 2 never runs'), 30);
