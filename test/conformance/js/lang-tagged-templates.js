// Tagged templates get the literal parts (cooked and raw) and the values; String.raw keeps escapes.
function tag(strings, ...values) {
	console.log(strings, strings.raw, values);
	return strings.reduce((out, part, i) => out + part + (i < values.length ? `[${values[i]}]` : ''), '');
}
const name = 'Ada';
console.log(tag`Hello ${name}, you are ${36 + 1}!`);
console.log(tag`\n escaped ${'v'}\t`);
console.log(String.raw`C:\new\table ${1 + 1}`);
const cache = [];
const same = s => (cache.push(s), s);
for (let i = 0; i < 2; i++) same`constant`;
console.log(cache[0] === cache[1], Object.isFrozen(cache[0]));
const html = (strings, ...values) => strings.raw.map((s, i) => s + (values[i] !== undefined ? String(values[i]).toUpperCase() : '')).join('');
console.log(html`<p>${'x'}</p><b>${'yz'}</b>`);
