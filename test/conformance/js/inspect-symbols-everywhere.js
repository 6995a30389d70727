// Symbols as values and as keys, with and without descriptions, registered and well-known.
const secret = Symbol('secret');
const blank = Symbol();
const shared = Symbol.for('app.shared');
const obj = { visible: 1, [secret]: 'hidden?', [blank]: 2, [shared]: [3], [Symbol.iterator]: function* () {} };
console.log(obj);
console.log([secret, blank, shared, Symbol.asyncIterator, Symbol('')]);
console.log(String(secret), secret.toString(), secret.description, blank.description, Symbol.keyFor(shared), Symbol.keyFor(secret));
console.log(Object.keys(obj), Object.getOwnPropertySymbols(obj).length, JSON.stringify(obj));
console.log(`${'template'} ${String(Symbol('in template'))}`);
try {
	console.log(`${secret}`);
} catch (error) {
	console.log(error.name + ': ' + error.message);
}
console.log(typeof secret, secret === Symbol('secret'), shared === Symbol.for('app.shared'));
const m = new Map([[secret, 'value for symbol key']]);
console.log(m, new Set([blank, shared]));
console.log('%s and %s', secret, 'text', Symbol('extra'));
