// Extra setTimeout arguments are passed to the callback.
setTimeout((a, b, c) => console.log('args:', a, b, c), 5, 'x', 2, [3]);
setInterval(
	function tick(label) {
		console.log('interval', label);
		clearInterval(this);
	},
	5,
	'once',
);
