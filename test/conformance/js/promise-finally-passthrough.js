// finally sees no value and passes the original value or reason through.
Promise.resolve('kept')
	.finally(() => {
		console.log('finally 1 runs');
		return 'ignored';
	})
	.then(value => console.log('then after finally:', value));
Promise.reject(new Error('still rejected'))
	.finally(() => console.log('finally 2 runs'))
	.catch(error => console.log('catch after finally:', error.message));
Promise.resolve()
	.then(() => console.log('tick 1'))
	.then(() => console.log('tick 2'))
	.then(() => console.log('tick 3'))
	.then(() => console.log('tick 4'));
