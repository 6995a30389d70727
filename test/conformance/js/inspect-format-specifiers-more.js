// More %o / %O / %s / %d corners: nested arrays, collections, classes, extra properties.
console.log('%o', [1, [2, [3, [4, [5]]]]]);
console.log('%o', new Map([['a', { b: 1 }]]), '%o', new Set([1]));
console.log('%O', { f() {}, g: class {} });
const arr = [1, 2]; arr.extra = true; console.log('%o', arr);
console.log('%o', 'string', 42, null);
console.log('%s', () => 1, '%s', class A {}, Symbol.iterator);
console.log('%d', '', '%i', [], '%f', {});
