// Type coercion as teaching examples show it: valueOf, toString, Symbol.toPrimitive, == rules.
const money = {
	amount: 42,
	valueOf() {
		return this.amount;
	},
	toString() {
		return `$${this.amount}`;
	},
};
console.log(money + 1, `${money}`, money * 2, String(money), money > 41, [money] + '');
const temp = {
	[Symbol.toPrimitive](hint) {
		return hint === 'number' ? 21 : hint === 'string' ? 'twenty-one' : 'default';
	},
};
console.log(+temp, `${temp}`, temp + '', temp * 2);
console.log(null == undefined, null === undefined, NaN == NaN, [] == false, [0] == false, '' == 0, '1' == 1, null == 0);
console.log(1 < 2 < 3, 3 > 2 > 1, '10' < '9', 10 < '9', 'b' > 'a', typeof NaN, 0.1 + 0.2 === 0.3);
console.log(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 4, -16 >> 2, -16 >>> 28, 2 ** -1, (-8) % 3, 5 / 0, -5 % 5);
console.log(!!'', !!'0', !![], !!{}, !!NaN, [] + [], [1] * [2], {} + [], true + true, '3' - - '3');
let a = 1;
const b = (a++, a++, a);
console.log(a, b, a-- - --a, void 0, typeof undeclaredVariable, (() => {}).length);
