// From a timer callback, setImmediate precedes setTimeout(0) every time.
let rounds = 0;
function round() {
	rounds++;
	setImmediate(() => console.log('immediate', rounds));
	setTimeout(() => {
		console.log('timeout', rounds);
		if (rounds < 3) round();
	}, 0);
}
setTimeout(round, 1);
