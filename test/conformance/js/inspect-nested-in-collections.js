// Collections inside collections.
console.log([new Map([['a', 1]]), new Set([[1, 2]])]);
console.log({ list: [[1, [2, [3, [4]]]]] });
console.log(new Map([[{ key: 'object' }, ['array', 'value']]]));
console.log([[]], [{}], { e: [] });
console.log(['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(20)]);
