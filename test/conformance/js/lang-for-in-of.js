// for-in walks keys, for-of walks values.
const obj = { x: 1, y: 2 };
for (const key in obj) console.log('key', key, obj[key]);
for (const value of ['a', 'b']) console.log('value', value);
for (const index in ['a', 'b']) console.log('index', index, typeof index);
for (const char of 'hi') console.log('char', char);
for (const [key, value] of new Map([['m', 1]])) console.log('map entry', key, value);
for (const item of new Set(['s'])) console.log('set item', item);
