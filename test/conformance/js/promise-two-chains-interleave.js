// Two independent chains take turns, one job each.
const a = Promise.resolve();
const b = Promise.resolve();
a.then(() => console.log('a1')).then(() => console.log('a2')).then(() => console.log('a3'));
b.then(() => console.log('b1')).then(() => console.log('b2')).then(() => console.log('b3'));
