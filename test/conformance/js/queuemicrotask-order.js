// queueMicrotask shares the promise job queue, in FIFO order.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => {
	console.log('qm 2');
	queueMicrotask(() => console.log('qm nested'));
});
Promise.resolve().then(() => console.log('then 2'));
