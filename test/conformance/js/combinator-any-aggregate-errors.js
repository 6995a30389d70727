// Promise.any fulfils with the first success, or rejects with an AggregateError listing every reason.
Promise.any([Promise.reject(new Error('a')), Promise.resolve('b'), Promise.resolve('c')])
	.then(value => console.log('any fulfilled with', value));

Promise.any([Promise.reject(new Error('x')), Promise.reject(new RangeError('y')), Promise.reject('plain z')])
	.catch(error => {
		console.log(error.constructor.name, error.name, error.message);
		console.log(error instanceof AggregateError, error instanceof Error);
		console.log(error.errors.length, error.errors.map(e => (e instanceof Error ? `${e.name}:${e.message}` : e)));
	});

Promise.any([]).catch(error => console.log('empty any:', error.message, error.errors));
