// A hand-written async iterator: for await calls next() and awaits each result; break calls return().
const countdown = {
	from: 3,
	[Symbol.asyncIterator]() {
		let current = this.from;
		return {
			next() {
				console.log('next called, current =', current);
				if (current === 0) return Promise.resolve({ value: undefined, done: true });
				return new Promise(resolve => setTimeout(() => resolve({ value: current--, done: false }), 5));
			},
			return(value) {
				console.log('return called');
				return Promise.resolve({ value, done: true });
			},
		};
	},
};

async function main() {
	for await (const n of countdown) console.log('got', n);
	console.log('first loop done');
	for await (const n of countdown) {
		console.log('got', n, 'and breaking');
		break;
	}
	console.log('second loop done');
}
main().then(() => console.log('main resolved'));
Promise.resolve().then(() => console.log('microtask while main waits'));
console.log('sync end');
