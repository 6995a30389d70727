// Awaiting an async function waits for its whole body.
async function inner() {
	console.log('inner start');
	await null;
	console.log('inner after await');
	return 'inner value';
}
async function outer() {
	console.log('outer start');
	const value = await inner();
	console.log('outer got', value);
}
outer();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
console.log('sync end');
