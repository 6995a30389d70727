// A timer created in a microtask starts counting when the microtask runs.
Promise.resolve().then(() => {
	console.log('microtask schedules timer');
	setTimeout(() => console.log('timer from microtask'), 10);
});
setTimeout(() => console.log('timer from main'), 200);
console.log('main done');
