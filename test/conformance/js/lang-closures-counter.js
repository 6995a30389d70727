// Closures keep their own copy of the variables they capture.
function makeCounter() {
	let count = 0;
	return {
		increment: () => ++count,
		current: () => count,
	};
}
const a = makeCounter();
const b = makeCounter();
a.increment();
a.increment();
b.increment();
console.log(a.current(), b.current());
const adders = [1, 2, 3].map(n => x => x + n);
console.log(adders.map(add => add(10)));
