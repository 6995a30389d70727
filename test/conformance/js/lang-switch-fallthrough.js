// switch compares with ===, falls through without break, and has default anywhere.
function describe(value) {
	const out = [];
	switch (value) {
		case 1:
			out.push('one');
		case 2:
			out.push('one-or-two');
			break;
		default:
			out.push('other');
		case 'x':
			out.push('x-or-after-default');
	}
	return out.join(',');
}
console.log(describe(1));
console.log(describe(2));
console.log(describe('1'));
console.log(describe('x'));
