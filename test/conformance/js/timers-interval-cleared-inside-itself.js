// clearInterval from inside its own callback stops it at once; timers set in the same callback run.
let count = 0;
const id = setInterval(() => {
	count++;
	console.log('run', count);
	if (count === 2) {
		clearInterval(id);
		setTimeout(() => console.log('timeout scheduled by the last run'), 0);
		Promise.resolve().then(() => console.log('microtask after clearing'));
	}
}, 20);
const other = setInterval(() => {
	console.log('other interval');
	clearInterval(other);
	clearInterval(other);
}, 30);
setTimeout(() => console.log('done at 300 ms, count =', count), 300);
