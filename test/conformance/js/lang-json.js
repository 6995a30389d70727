// JSON.stringify and JSON.parse.
const data = { name: 'loop', tags: ['a', 'b'], nested: { ok: true }, skip: undefined, n: null };
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify([1, 'two', undefined, () => {}]));
const parsed = JSON.parse('{"x":[1,2,{"y":"z"}],"flag":false}');
console.log(parsed, parsed.x[2].y);
try {
	JSON.parse('{bad json}');
} catch (error) {
	console.log('parse failed:', error.name);
}
console.log(JSON.stringify({ date: 'none', toJSON() { return 'custom'; } }));
console.log(JSON.stringify('quote " inside'));
