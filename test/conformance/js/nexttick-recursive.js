// nextTicks queued from nextTicks run before any promise job.
let depth = 0;
function again() {
	depth++;
	console.log('tick depth', depth);
	if (depth < 4) process.nextTick(again);
}
process.nextTick(again);
Promise.resolve().then(() => console.log('promise finally gets a turn'));
