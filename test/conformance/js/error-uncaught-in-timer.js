// An exception thrown in a timer callback ends the process; later timers never run.
setTimeout(() => console.log('first timer'), 5);
setTimeout(() => {
	console.log('second timer throws');
	throw new TypeError('bad timer');
}, 10);
setTimeout(() => console.log('third timer never runs'), 20);
