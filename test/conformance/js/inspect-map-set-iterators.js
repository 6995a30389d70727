// Map and Set iterators print what they have left to produce, without advancing.
const set = new Set([5, 6]);
console.log(set.entries(), set.keys(), set.values(), set[Symbol.iterator]());
const map = new Map([['a', 1], ['b', 2], ['c', 3]]);
const keys = map.keys();
keys.next();
console.log(keys, [keys], { keys });
console.log(map.entries(), map.values(), map[Symbol.iterator]());
keys.next();
keys.next();
keys.next();
map.set('d', 4);
console.log('exhausted:', keys, [...keys]);
const values = map.values();
map.set('e', 5);
console.log(values, [...values], values);
console.log([...map.entries()], Array.from(set.entries()), new Map(map.entries()));
console.log(Object.prototype.toString.call(map.keys()), typeof keys.next, keys[Symbol.iterator]() === keys);
