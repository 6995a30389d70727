// Breaking out of for await calls the generator's return(): its finally block runs, a few jobs later.
async function* numbers() {
	try {
		yield 1;
		yield 2;
		yield 3;
	} finally {
		console.log('generator finally');
	}
}
(async () => {
	for await (const n of numbers()) {
		console.log('got', n);
		if (n === 2) break;
	}
	console.log('after loop');
})();
Promise.resolve()
	.then(() => console.log('job 1'))
	.then(() => console.log('job 2'))
	.then(() => console.log('job 3'))
	.then(() => console.log('job 4'))
	.then(() => console.log('job 5'))
	.then(() => console.log('job 6'));
