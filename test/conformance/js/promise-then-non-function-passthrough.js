// Non-function arguments to then are ignored: the value passes through.
Promise.resolve('kept')
	.then(42)
	.then(null)
	.then(value => console.log('passed through:', value));
Promise.reject(new Error('also kept'))
	.then(value => value)
	.catch('not a function')
	.catch(error => console.log('rejection passed through:', error.message));
