// Each then receives what the previous callback returned.
Promise.resolve(1)
	.then(value => {
		console.log('first then got', value);
		return value + 1;
	})
	.then(value => {
		console.log('second then got', value);
		return value * 10;
	})
	.then(value => console.log('third then got', value));
console.log('main script done');
