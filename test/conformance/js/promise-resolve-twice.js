// Only the first resolve or reject counts.
new Promise((resolve, reject) => {
	resolve('one');
	resolve('two');
	reject(new Error('three'));
}).then(
	value => console.log('fulfilled with', value),
	error => console.log('rejected with', error.message),
);
