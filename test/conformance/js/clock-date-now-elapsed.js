// Date.now() moves forward with the timers.
const start = Date.now();
setTimeout(() => {
	const elapsed = Date.now() - start;
	console.log('elapsed at least 100ms:', elapsed >= 100);
	console.log('elapsed under 5s:', elapsed < 5000);
}, 100);
console.log('Date.now() is a number:', typeof start === 'number', start > 0);
