// A timer created inside a timer is measured from when the outer one ran.
const start = Date.now();
setTimeout(() => {
	console.log('outer at >= 20:', Date.now() - start >= 20);
	setTimeout(() => console.log('inner at >= 40:', Date.now() - start >= 40), 20);
}, 20);
