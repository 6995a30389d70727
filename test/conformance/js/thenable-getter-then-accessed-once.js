// Resolving with an object reads its `then` once, synchronously; calling it waits for a job.
let reads = 0;
const thenable = {
	get then() {
		reads++;
		console.log('then getter read #' + reads);
		return function (resolve) {
			console.log('then called');
			resolve('from thenable');
		};
	},
};

const p = Promise.resolve(thenable);
console.log('after Promise.resolve, reads =', reads);
p.then(value => console.log('p fulfilled:', value, 'reads =', reads));

new Promise(resolve => {
	resolve(thenable);
	console.log('after resolve() in executor, reads =', reads);
}).then(value => console.log('second promise:', value));

Promise.resolve().then(() => console.log('plain job 1')).then(() => console.log('plain job 2')).then(() => console.log('plain job 3'));

const throwing = {
	get then() {
		throw new Error('getter exploded');
	},
};
Promise.resolve(throwing).catch(error => console.log('rejected because', error.message));
console.log('sync end');
