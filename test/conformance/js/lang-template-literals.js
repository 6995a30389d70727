// Template literals interpolate any expression.
const user = { name: 'Ada', items: 3 };
console.log(`${user.name} has ${user.items} item${user.items === 1 ? '' : 's'}`);
console.log(`sum: ${1 + 2}, array: ${[1, 2]}, object: ${{}}, nothing: ${null} ${undefined}`);
console.log(`multi
line`);
function tag(strings, ...values) {
	return strings.raw.join('|') + ' / ' + values.join(',');
}
console.log(tag`a${1}b${2}c`);
