// Promise.all keeps input order whatever the completion order, and accepts plain values.
const later = (ms, value) =>
	new Promise(resolve =>
		setTimeout(() => {
			console.log('timer', value);
			resolve(value);
		}, ms),
	);
Promise.all([later(30, 'slow'), later(10, 'fast'), 'plain', Promise.resolve('ready')]).then(values =>
	console.log('all:', values),
);
