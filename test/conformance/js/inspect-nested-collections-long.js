// Mixed nesting that crosses the 72-column limit inside arrays.
const rows = [
	{ id: 1, name: 'alpha', done: false },
	{ id: 2, name: 'beta', done: true },
	{ id: 3, name: 'gamma', done: false },
];
console.log(rows);
console.log({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] });
console.log(new Map([['config', { retries: 3, timeout: 1000, verbose: false, name: 'service-one' }]]));
