// finally waits for a promise or thenable it returns, but passes on the original value unless it throws.
const log = (...args) => console.log(...args);
Promise.resolve('original')
	.finally(() => new Promise(resolve => setTimeout(() => resolve('ignored'), 5)))
	.then(value => log('after slow finally:', value));

Promise.resolve('kept')
	.finally(() => ({ then(resolve) { log('finally thenable then called'); resolve('thenable ignored'); } }))
	.then(value => log('after thenable finally:', value));

Promise.reject(new Error('first'))
	.finally(() => log('finally on rejection sees nothing'))
	.catch(error => log('still rejected with', error.message));

Promise.resolve(1)
	.finally(() => Promise.reject(new Error('finally rejected')))
	.then(() => log('not reached'), error => log('finally rejection wins:', error.message));

Promise.resolve('x')
	.then(v => { log('then 1', v); })
	.finally(() => log('finally between thens'))
	.then(v => log('then 2 receives', v));

Promise.resolve().then(() => log('job 1')).then(() => log('job 2')).then(() => log('job 3')).then(() => log('job 4'));
