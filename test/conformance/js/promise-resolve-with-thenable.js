// Resolving with a thenable queues a job that calls its then method.
const thenable = {
	then(resolve) {
		console.log('thenable.then called');
		resolve(42);
	},
};
new Promise(resolve => resolve(thenable)).then(value => console.log('outer got', value));
Promise.resolve()
	.then(() => console.log('job 1'))
	.then(() => console.log('job 2'))
	.then(() => console.log('job 3'));
console.log('sync end');
