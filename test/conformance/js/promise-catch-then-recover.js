// A catch handles the rejection and the chain continues fulfilled.
Promise.reject(new Error('network down'))
	.then(() => console.log('skipped'))
	.catch(error => {
		console.log('caught:', error.message);
		return 'fallback';
	})
	.then(value => console.log('recovered with', value));
console.log('sync end');
