// Ordinary recursion a few thousand calls deep works in Node; only runaway recursion overflows.
function sumTo(n) {
	return n === 0 ? 0 : n + sumTo(n - 1);
}
console.log(sumTo(3000));
function countDown(n) {
	if (n === 0) return 'done';
	return countDown(n - 1);
}
console.log(countDown(2500));
