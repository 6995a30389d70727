// The executor runs synchronously; then callbacks never do.
console.log('before');
const promise = new Promise(resolve => {
	console.log('inside executor');
	resolve('done');
	console.log('after resolve, still inside executor');
});
promise.then(value => console.log('then:', value));
console.log('after');
