// any rejects with an AggregateError only when every input rejects.
Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('b'))]).catch(error => {
	console.log(error.name, error.message);
	console.log(error.errors.map(e => e.message));
	console.log(error instanceof AggregateError);
});
Promise.any([Promise.reject(new Error('x')), new Promise(resolve => setTimeout(() => resolve('y wins'), 10))]).then(
	value => console.log('any fulfilled', value),
);
