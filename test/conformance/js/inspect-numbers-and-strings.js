// Numbers and strings as inspect prints them inside containers and at top level.
console.log([0.1 + 0.2, 1e21, 1e-7, -1e-7, 123456789012345680000, 2 ** 53, -0, 0, NaN, -Infinity]);
console.log({ big: 12345678901234567890n, negative: -42n, zero: 0n }, 10n ** 20n);
console.log([1 / 3, 100 / 3, (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (1.005).toFixed(2)]);
console.log((255).toString(16), (255).toString(2), (-7.5).toString(8), Number('0b101'), Number('  12  '), Number(''), Number('1e3'));
console.log((1234.5678).toPrecision(6), (0.000123).toExponential(2), (123.456).toFixed(10), Number.parseFloat('3.14abc'));
console.log(['tab\there', 'new\nline', 'back\\slash', 'quote\'s', "dq\"", `both'"`, 'uni\u00e9', 'emoji 🎉', '\x00\x1b']);
console.log({ 'a-b': 1, '1a': 2, a1: 3, 'ünï': 4, '': 5, 'with space': 6, 'constructor': 7 });
const long = 'word '.repeat(30);
console.log([long]);
console.log({ long });
console.log(['multi\nline\nstring that is long enough to be split across several lines by inspect, maybe']);
console.log(String(123.0), String(-0), `${-0}`, [-0] + '', JSON.stringify(-0), JSON.stringify({ n: NaN, i: Infinity }));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.EPSILON > 0, 0.1 * 3, 9007199254740993);
