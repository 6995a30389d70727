// Recursion with memoization through a closure.
function memoize(fn) {
	const cache = new Map();
	return n => {
		if (!cache.has(n)) cache.set(n, fn(n));
		return cache.get(n);
	};
}
const fib = memoize(n => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(10), fib(50));
function factorial(n) {
	return n <= 1 ? 1 : n * factorial(n - 1);
}
console.log([1, 5, 10].map(factorial));
