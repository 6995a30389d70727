// finally waits for a promise it returns, but keeps the original value.
const start = Date.now();
Promise.resolve('original')
	.finally(() => new Promise(resolve => setTimeout(resolve, 30)))
	.then(value => console.log('value', value, 'waited:', Date.now() - start >= 30));
Promise.reject(new Error('first'))
	.finally(() => Promise.reject(new Error('second')))
	.catch(error => console.log('finally rejection wins:', error.message));
