// The second argument of then does not catch errors thrown by the first.
Promise.resolve('ok')
	.then(
		() => {
			throw new Error('from onFulfilled');
		},
		() => console.log('never: same-level handler'),
	)
	.then(null, error => console.log('next level caught:', error.message));
