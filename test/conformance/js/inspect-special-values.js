// Numbers and other primitives, at top level and nested.
console.log(-0, [-0], 0.1 + 0.2, 1e21, 1 / 3);
console.log(NaN, Infinity, -Infinity);
console.log([undefined, null, true]);
console.log({ u: undefined, n: null });
console.log(12345678901234567890, 2 ** 53);
console.log(10n, [10n]);
