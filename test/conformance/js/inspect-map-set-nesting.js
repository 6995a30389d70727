// Maps and Sets inside each other: depth limits, object keys, empty ones, and line breaking.
const inner = new Map([['k', new Set([1, 2, new Map([['deep', { deeper: { deepest: 1 } }]])])]]);
console.log(inner);
console.log({ level1: { level2: { level3: new Map([['x', 1]]), set: new Set(['a']) } } });
console.log(new Map([[{ id: 1 }, 'object key'], [[1, 2], 'array key'], [null, 'null key'], [undefined, NaN]]));
console.log(new Set(), new Map(), [new Set([[]])], { s: new Set([{}]) });
const big = new Map();
for (let i = 0; i < 8; i++) big.set(`key-number-${i}`, { index: i, square: i * i });
console.log(big);
const words = new Set(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu']);
console.log(words);
const numbers = new Set(Array.from({ length: 30 }, (_, i) => i * 3));
console.log(numbers);
console.log(new Map(Array.from({ length: 120 }, (_, i) => [i, i])).size, [...new Set('mississippi')].join(''));
const iter = new Map([['a', 1], ['b', 2]]);
console.log(iter.keys(), iter.values(), iter.entries(), new Set([5, 6]).values());
