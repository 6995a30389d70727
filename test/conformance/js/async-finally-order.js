// finally in an async function runs before the returned promise settles.
async function task() {
	try {
		await null;
		console.log('body');
		return 'result';
	} finally {
		console.log('finally');
	}
}
task().then(value => console.log('settled with', value));
Promise.resolve().then(() => console.log('other 1')).then(() => console.log('other 2'));
