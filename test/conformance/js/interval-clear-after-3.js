// An interval keeps firing until it is cleared.
let count = 0;
const handle = setInterval(() => {
	count++;
	console.log('tick', count);
	if (count === 3) {
		clearInterval(handle);
		console.log('cleared');
	}
}, 10);
