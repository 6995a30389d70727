// Awaiting an async function that returns a promise: the extra jobs show up in the order.
async function inner() {
	return Promise.resolve('inner value');
}
async function outer() {
	console.log('outer start');
	const value = await inner();
	console.log('outer got', value);
}
outer();
Promise.resolve()
	.then(() => console.log('p1'))
	.then(() => console.log('p2'))
	.then(() => console.log('p3'))
	.then(() => console.log('p4'))
	.then(() => console.log('p5'));
