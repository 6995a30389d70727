// console.log prints objects the way util.inspect does; depth stops at 2.
console.log({ a: 1, b: 'two', c: [1, 2, 3] });
console.log({ outer: { middle: { inner: { deepest: true } } } });
console.log([{ id: 1, tags: ['x', 'y'] }, { id: 2, tags: [] }]);
console.log({});
console.log([]);
console.log({ 'needs quotes': 1, valid_id: 2, 3: 'numeric key' });
