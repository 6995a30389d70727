// yield* forwards next, throw and return to the inner generator; finally blocks run on the way out.
function* inner() {
	try {
		const a = yield 'inner 1';
		console.log('inner got', a);
		yield 'inner 2';
	} catch (error) {
		console.log('inner caught', error);
		yield 'inner recovered';
	} finally {
		console.log('inner finally');
	}
	return 'inner done';
}

function* outer() {
	const result = yield* inner();
	console.log('delegation returned', result);
	try {
		yield 'outer 1';
	} finally {
		console.log('outer finally');
	}
}

const g = outer();
console.log(g.next());
console.log(g.next('A'));
console.log(g.throw('boom'));
console.log(g.next());
console.log(g.return('early'));
console.log(g.next());

const h = outer();
h.next();
console.log(h.return('stop inside inner'));
const fib = function* () {
	let [a, b] = [0, 1];
	while (true) {
		yield a;
		[a, b] = [b, a + b];
	}
};
const firstTen = [];
for (const n of fib()) {
	if (firstTen.length === 10) break;
	firstTen.push(n);
}
console.log(firstTen, [...(function* () { yield* [1, 2]; yield* 'ab'; })()]);
