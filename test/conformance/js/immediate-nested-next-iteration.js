// An immediate queued during the check phase waits for the next loop iteration.
setImmediate(() => {
	console.log('immediate 1');
	setImmediate(() => console.log('immediate 3 (queued by 1)'));
});
setImmediate(() => console.log('immediate 2'));
