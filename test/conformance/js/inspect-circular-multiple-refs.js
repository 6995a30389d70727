// Several cycles in one value: each target gets its own <ref *n> marker.
const parent = { name: 'parent', children: [] };
const child = { name: 'child', parent };
parent.children.push(child, { name: 'sibling', parent });
child.self = child;
console.log(parent);

const ring = new Map();
const entry = { ring };
ring.set('entry', entry);
ring.set('ring', ring);
console.log(ring);

const list = [1, 2];
list.push(list);
const holder = { list, again: list };
console.log(holder);
console.log([holder]);

const a = {};
const b = { a };
a.b = b;
console.log({ a, b });
