// Async generator steps interleave with other promise jobs.
async function* letters() {
	yield 'a';
	yield 'b';
}
async function consume() {
	for await (const letter of letters()) console.log('letter', letter);
	console.log('consume done');
}
consume();
Promise.resolve()
	.then(() => console.log('j1'))
	.then(() => console.log('j2'))
	.then(() => console.log('j3'))
	.then(() => console.log('j4'))
	.then(() => console.log('j5'))
	.then(() => console.log('j6'));
