// allSettled waits for everything and reports each outcome.
Promise.allSettled([
	Promise.resolve(1),
	Promise.reject(new Error('nope')),
	new Promise(resolve => setTimeout(() => resolve('late'), 10)),
	'plain',
]).then(results => {
	for (const result of results) {
		if (result.status === 'fulfilled') console.log('fulfilled', result.value);
		else console.log('rejected', result.reason.message);
	}
});
