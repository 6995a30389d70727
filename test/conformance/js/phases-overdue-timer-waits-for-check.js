// A timer that falls due while another timer callback is busy waits for the next loop iteration:
// the timers phase only runs what was due when it began, so the check phase comes first.
const start = Date.now();
setTimeout(() => {
	console.log('A starts and stays busy until 100ms');
	while (Date.now() - start < 100) {}
	setImmediate(() => console.log('immediate queued by A'));
}, 20);
setTimeout(() => console.log('B, due at 50ms'), 50);
