// Maps and Sets show their size and entries.
const map = new Map([
	['a', 1],
	['b', { nested: true }],
]);
map.set(3, [1, 2]);
console.log(map);
console.log(new Set([1, 'two', 3]));
console.log(new Map());
console.log(new Set());
console.log({ map: new Map([['k', 'v']]), set: new Set(['only']) });
console.log(map.size, map.get('a'), map.has('z'), [...map.keys()]);
