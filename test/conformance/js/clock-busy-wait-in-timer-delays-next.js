// A slow timer callback pushes back the timers after it.
const start = Date.now();
setTimeout(() => {
	console.log('slow timer starts');
	while (Date.now() - start < 150) {}
	console.log('slow timer ends');
}, 50);
setTimeout(() => {
	console.log('60ms timer ran late:', Date.now() - start >= 150);
}, 60);
setImmediate(() => console.log('immediate runs before the timers'));
