// Combinators accept any iterable, adopt thenables, and reject when the iterable itself throws.
function* values() {
	yield 1;
	yield Promise.resolve(2);
	yield { then: resolve => resolve(3) };
}
Promise.all(values()).then(v => console.log('all from generator', v));
Promise.all(new Set(['a', Promise.resolve('b')])).then(v => console.log('all from set', v));
Promise.all('xyz').then(v => console.log('all from string', v));
Promise.race(new Map([['k', 'v']])).then(v => console.log('race over a map entry', v));
function* exploding() {
	yield 1;
	throw new Error('iterator exploded');
}
Promise.all(exploding()).catch(e => console.log('all rejected:', e.message));
Promise.allSettled(42).catch(e => console.log(e.constructor.name, e.message));
Promise.any([{ then: (_, reject) => reject(new Error('thenable rejected')) }, new Promise(r => setTimeout(r, 5, 'late winner'))])
	.then(v => console.log('any', v));
Promise.resolve().then(() => console.log('job 1')).then(() => console.log('job 2')).then(() => console.log('job 3'));
