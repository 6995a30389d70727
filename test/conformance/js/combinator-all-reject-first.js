// Promise.all rejects as soon as one input rejects; the others keep running.
const after = (ms, value, fail) =>
	new Promise((resolve, reject) =>
		setTimeout(() => {
			console.log('settling', value);
			if (fail) reject(new Error(value));
			else resolve(value);
		}, ms),
	);
Promise.all([after(40, 'one'), after(10, 'two', true), after(20, 'three')])
	.then(values => console.log('all fulfilled', values))
	.catch(error => console.log('all rejected:', error.message));
