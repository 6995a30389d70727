// for await over a sync iterable wraps it (CreateAsyncFromSyncIterator): each value is awaited, which
// costs two jobs per element; leaving the loop by break or by a throw calls return() and awaits it.
const tick = n => Promise.resolve().then(() => console.log('job', n));
for (let i = 1; i <= 10; i++) tick(i);

(async () => {
	for await (const v of [Promise.resolve(1), 2, Promise.resolve(3)]) console.log('value', v);
	console.log('array loop done');
})();

(async () => {
	function* letters() {
		try {
			yield 'a';
			yield 'b';
		} finally {
			console.log('sync generator closed');
		}
	}
	for await (const letter of letters()) {
		console.log('letter', letter);
		break;
	}
})();

const countdown = {
	[Symbol.asyncIterator]() {
		let i = 0;
		return {
			next: async () => ({ value: i++, done: i > 3 }),
			return: async () => {
				console.log('async iterator return() called');
				return { done: true };
			},
		};
	},
};
(async () => {
	try {
		for await (const v of countdown) {
			console.log('count', v);
			throw new Error('body threw');
		}
	} catch (error) {
		console.log('caught', error.message);
	}
	try {
		for await (const v of [1, Promise.reject(new Error('rejected element'))]) console.log('element', v);
	} catch (error) {
		console.log('caught', error.message);
	}
})();
