// Immediates queued from immediates wait for the next loop iteration; an interval keeps its rhythm
// while immediates and timeouts interleave, until an immediate clears it.
let ticks = 0;
const interval = setInterval(() => {
	ticks++;
	console.log('interval tick', ticks);
	setImmediate(() => {
		console.log('  immediate from tick', ticks);
		setImmediate(() => console.log('  nested immediate from tick', ticks));
		process.nextTick(() => console.log('  nextTick inside immediate', ticks));
	});
	if (ticks === 3) {
		setImmediate(() => {
			clearInterval(interval);
			console.log('  interval cleared from an immediate');
		});
	}
}, 100);

setTimeout(() => {
	console.log('timeout at 150');
	setImmediate(() => console.log('  immediate from timeout 150'));
	setTimeout(() => console.log('timeout queued at 150 for +0'), 0);
}, 150);

setTimeout(() => {
	setImmediate(() => {
		console.log('immediate set by a 1 ms timer');
		setImmediate(() => console.log('next-iteration immediate'));
		Promise.resolve().then(() => console.log('  promise inside that immediate'));
	});
}, 1);
