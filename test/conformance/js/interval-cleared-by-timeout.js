// Clearing an interval from another timer.
let n = 0;
const id = setInterval(() => console.log('interval', ++n), 100);
setTimeout(() => {
	clearInterval(id);
	console.log('stopped after', n, 'runs');
}, 350);
