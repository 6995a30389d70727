// A for loop with await inside runs one iteration per timer.
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
async function countdown() {
	for (let n = 3; n > 0; n--) {
		console.log('count', n);
		await sleep(20);
	}
	console.log('liftoff');
}
countdown();
console.log('countdown started');
