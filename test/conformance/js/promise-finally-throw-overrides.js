// A throw inside finally replaces the original outcome.
Promise.resolve('fine')
	.finally(() => {
		throw new Error('finally failed');
	})
	.then(
		value => console.log('fulfilled', value),
		error => console.log('rejected:', error.message),
	);
