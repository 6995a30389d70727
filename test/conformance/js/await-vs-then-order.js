// await of a native promise costs one job, like a then.
async function worker() {
	console.log('worker start');
	await null;
	console.log('after first await');
	await Promise.resolve();
	console.log('after second await');
}
worker();
Promise.resolve()
	.then(() => console.log('then 1'))
	.then(() => console.log('then 2'))
	.then(() => console.log('then 3'));
console.log('main end');
