// Property order: integer-like keys ascending first, then strings in creation order, then symbols.
const obj = { b: 1, 2: 'two', a: 2, 1: 'one', [Symbol('s')]: 3, '-1': 'minus', '01': 'leading zero', 10: 'ten' };
console.log(Object.keys(obj));
console.log(JSON.stringify(obj));
for (const key in obj) console.log('for-in', key);
console.log(obj);
delete obj.b;
obj.b = 'readded';
console.log(Object.entries(obj));
const proto = { inheritedKey: 1 };
const child = Object.create(proto);
child.own = 2;
const seen = [];
for (const key in child) seen.push(key);
console.log(seen, Object.keys(child), Object.assign({}, child));
const arr = ['x', 'y'];
arr.extra = 'prop';
console.log(Object.keys(arr), arr);
console.log(Object.fromEntries([['z', 1], ['3', 2], ['y', 3]]));
