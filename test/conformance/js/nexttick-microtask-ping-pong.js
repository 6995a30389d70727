// Ticks and microtasks that keep queueing each other.
process.nextTick(() => {
	console.log('tick A');
	Promise.resolve().then(() => {
		console.log('promise from tick A');
		process.nextTick(() => console.log('tick from promise'));
	});
	process.nextTick(() => console.log('tick B (from tick A)'));
});
Promise.resolve().then(() => console.log('promise from main'));
