// Destructuring reads properties in order, defaults only run for undefined, getters fire once.
const log = label => (console.log('evaluate', label), label);
const source = {
	get first() {
		console.log('get first');
		return undefined;
	},
	get second() {
		console.log('get second');
		return null;
	},
	third: 3,
};
const { first = log('default for first'), second = log('default for second'), third: renamed = log('default for third'), ...rest } = source;
console.log(first, second, renamed, rest);
const [x = log('x default'), , y = log('y default'), ...others] = [undefined, 'skipped', 0, 4, 5];
console.log(x, y, others);
function params({ a = 1, b: { c = 2 } = {} } = {}, [d, e = d * 2] = [10]) {
	return [a, c, d, e];
}
console.log(params(), params({ a: 5, b: { c: 6 } }, [7]), params(undefined, [1, null]));
let p, q;
({ p, q = p + 1 } = { p: 10 });
[p, q] = [q, p];
console.log(p, q);
const { length, 0: firstChar } = 'hello';
console.log(length, firstChar);
try {
	const { nope } = null;
} catch (error) {
	console.log(error.name);
}
