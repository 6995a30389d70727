// Spread in calls, arrays and objects; rest parameters.
function sum(...numbers) {
	return numbers.reduce((total, n) => total + n, 0);
}
const values = [1, 2, 3];
console.log(sum(...values), sum(), Math.max(...values, 10));
console.log([0, ...values, 4]);
const base = { a: 1, b: 2 };
console.log({ ...base, b: 3, c: 4 });
console.log([...'hey']);
console.log([...new Set([1, 1, 2])]);
