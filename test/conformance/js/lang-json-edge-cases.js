// JSON.stringify and JSON.parse corners: toJSON, replacer functions and arrays, indentation, reviver.
const date = { toJSON() { return 'custom date'; } };
console.log(JSON.stringify({ date, nested: { toJSON(key) { return `key was ${key}`; } } }));
console.log(JSON.stringify({ a: 1, b: [1, 2], c: { d: 'x' } }, null, 2));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, z: 4 } }, ['a', 'c']));
console.log(JSON.stringify({ keep: 1, drop: 2, n: 3 }, (key, value) => (key === 'drop' ? undefined : typeof value === 'number' ? value * 10 : value)));
console.log(JSON.stringify([undefined, function () {}, Symbol('s'), NaN, null]), JSON.stringify({ u: undefined, f() {} }));
console.log(JSON.stringify('he said "hi"\n'), JSON.stringify({ '\u2028': '\u2029' }), JSON.stringify('\u0007'));
console.log(JSON.stringify([[]], null, '--'), JSON.stringify({}, null, 4), JSON.stringify([1, [2, [3]]], null, 1));
console.log(JSON.parse('{"a":[1,{"b":null}],"c":"\\u0041"}'));
console.log(JSON.parse('[1, 2, {"x": 3}]', (key, value) => (typeof value === 'number' ? value + 100 : value)));
try {
	JSON.parse('{bad json}');
} catch (error) {
	console.log(error.name);
}
try {
	const loop = {};
	loop.self = loop;
	JSON.stringify(loop);
} catch (error) {
	console.log(error.name, error.message.split('\n')[0]);
}
try {
	JSON.stringify({ big: 1n });
} catch (error) {
	console.log(error.name + ': ' + error.message);
}
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Object.create({ inherited: 1 })));
