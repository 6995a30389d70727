// Symbols as unique keys, hidden from keys() and JSON, and Symbol.iterator.
const secret = Symbol('secret');
const obj = { visible: 1, [secret]: 2 };
console.log(Object.keys(obj), JSON.stringify(obj), obj[secret]);
const range = {
	from: 1,
	to: 4,
	[Symbol.iterator]() {
		let current = this.from;
		const last = this.to;
		return {
			next: () => (current <= last ? { value: current++, done: false } : { value: undefined, done: true }),
		};
	},
};
console.log([...range]);
console.log(typeof secret, secret.description);
