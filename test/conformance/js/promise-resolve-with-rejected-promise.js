// Resolving with a rejected promise rejects the outer promise, a few jobs later.
const outer = new Promise(resolve => resolve(Promise.reject(new Error('inner rejection'))));
outer.catch(error => console.log('outer rejected:', error.message));
Promise.resolve()
	.then(() => console.log('job 1'))
	.then(() => console.log('job 2'))
	.then(() => console.log('job 3'));
