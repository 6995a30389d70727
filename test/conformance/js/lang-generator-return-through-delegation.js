// return() on a generator suspended in yield* calls the inner iterator's return() first; an inner
// finally that yields keeps both generators suspended; an inner return() that throws is catchable.
function* inner() {
	try {
		yield 1;
		yield 2;
	} finally {
		console.log('inner finally');
		yield 'yielded from inner finally';
		console.log('inner finally resumed');
	}
}
function* outer() {
	try {
		const result = yield* inner();
		console.log('never: yield* result', result);
	} finally {
		console.log('outer finally');
	}
}
const g = outer();
console.log(g.next());
console.log(g.return('x'));
console.log(g.next('resume'));
console.log(g.next());

const exploding = {
	[Symbol.iterator]() {
		return { next: () => ({ value: 'e', done: false }), return() { throw new Error('return exploded'); } };
	},
};
function* guarded() {
	try {
		yield* exploding;
	} catch (error) {
		console.log('caught', error.message);
		yield 'after catch';
	}
}
const k = guarded();
k.next();
console.log(k.return(5), k.next());

const noReturn = { [Symbol.iterator]: () => ({ next: () => ({ value: 7, done: false }) }) };
function* plain() {
	try {
		yield* noReturn;
	} finally {
		console.log('plain finally');
	}
}
const m = plain();
console.log(m.next(), m.return('r'), m.next());
function* overArray() {
	yield* [1, 2, 3];
}
const n = overArray();
console.log(n.next(), n.return(9), n.next());
