// util.inspect with options: depth, compact, breakLength, sorted, maxArrayLength, maxStringLength.
const util = require('util');
const data = { zeta: 1, alpha: { beta: { gamma: { delta: { epsilon: 'deep' } } } }, list: Array.from({ length: 120 }, (_, i) => i) };
console.log(util.inspect(data, { depth: 0 }));
console.log(util.inspect(data, { depth: Infinity, maxArrayLength: 5 }));
console.log(util.inspect(data.alpha, { compact: false }));
console.log(util.inspect({ a: [1, 2, { b: 3 }], c: 'text' }, { compact: 1, breakLength: 20 }));
console.log(util.inspect({ b: 2, a: 1, c: { z: 0, y: 1 } }, { sorted: true }));
console.log(util.inspect('x'.repeat(30), { maxStringLength: 10 }));
console.log(util.inspect(new Map([['k', { v: [1, 2] }]]), { depth: 0 }), util.inspect([[[[[1]]]]], { depth: 1 }));
console.log(util.inspect({ f() {}, g: () => {}, h: class Foo {} }, { breakLength: Infinity }));
console.log(util.format('%s=%d (%j)', 'answer', 42, { ok: true }), util.format('no format', 1, 'two', [3]));
console.log(util.inspect(-0), util.inspect([-0, 0n, -5n]), util.inspect('it\'s "quoted"'), util.inspect("plain 'single'"));
