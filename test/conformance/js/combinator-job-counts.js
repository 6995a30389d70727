// How many jobs each combinator takes, against a counter chain.
Promise.all([Promise.resolve('all')]).then(v => console.log(v[0]));
Promise.race([Promise.resolve('race')]).then(v => console.log(v));
Promise.allSettled([Promise.resolve('settled')]).then(v => console.log(v[0].value));
Promise.any([Promise.resolve('any')]).then(v => console.log(v));
Promise.resolve()
	.then(() => console.log('c1'))
	.then(() => console.log('c2'))
	.then(() => console.log('c3'))
	.then(() => console.log('c4'));
