// return() on an async generator suspended in yield* goes to the inner generator first: its finally
// runs, then the outer one's. yield* over a sync iterable awaits each value it passes on.
async function* inner() {
	try {
		yield 1;
		yield 2;
	} finally {
		console.log('inner finally');
	}
}
async function* outer() {
	try {
		yield* inner();
	} finally {
		console.log('outer finally');
	}
}
async function* fromArray() {
	const result = yield* [Promise.resolve('unwrapped'), 2];
	console.log('yield* over an array evaluates to', result);
	yield* (function* () {
		yield Promise.resolve('from sync generator');
		return 'ignored';
	})();
}

(async () => {
	const h = outer();
	console.log(await h.next());
	console.log(await h.return('stopped'));
	console.log(await h.next());
	for await (const v of outer()) {
		console.log('for await got', v);
		break;
	}
	for await (const v of fromArray()) console.log('fromArray', v);
	console.log('done');
})();
const tick = n => Promise.resolve().then(() => console.log('job', n));
for (let i = 1; i <= 8; i++) tick(i);
