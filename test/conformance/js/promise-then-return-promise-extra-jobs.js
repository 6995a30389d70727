// Returning a promise from a then callback costs two extra jobs before the next then runs.
Promise.resolve()
	.then(() => {
		console.log('A1 returns a promise');
		return Promise.resolve('inner');
	})
	.then(value => console.log('A2 got', value));
Promise.resolve()
	.then(() => console.log('B1'))
	.then(() => console.log('B2'))
	.then(() => console.log('B3'))
	.then(() => console.log('B4'))
	.then(() => console.log('B5'));
