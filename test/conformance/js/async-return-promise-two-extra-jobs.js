// An async function that returns a promise settles two jobs later than one returning a value.
async function returnsPromise() {
	return Promise.resolve('a');
}
async function returnsValue() {
	return 'b';
}
returnsPromise().then(value => console.log(value));
returnsValue().then(value => console.log(value));
Promise.resolve()
	.then(() => console.log('t1'))
	.then(() => console.log('t2'))
	.then(() => console.log('t3'))
	.then(() => console.log('t4'));
