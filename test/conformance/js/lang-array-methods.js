// The everyday Array methods.
const nums = [5, 1, 4, 2, 3];
console.log(nums.map(n => n * 2), nums.filter(n => n % 2), nums.reduce((a, b) => a + b, 0));
console.log(nums.find(n => n > 3), nums.findIndex(n => n > 3), nums.some(n => n > 4), nums.every(n => n > 0));
console.log(nums.includes(4), nums.indexOf(4), nums.join('-'), nums.slice(1, 3));
const sorted = [...nums].sort((a, b) => a - b);
console.log(sorted, nums);
console.log(['b', 'a', 'c', 10, 9].sort());
const list = [1, 2, 3, 4, 5];
const removed = list.splice(1, 2, 'x', 'y', 'z');
console.log(list, removed);
const stack = [1];
stack.push(2, 3);
console.log(stack.pop(), stack.shift(), stack.unshift(0), stack);
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [1, 2].concat([3], 4));
console.log(Array.from('abc'), Array.from({ length: 3 }, (_, i) => i * i), Array.of(7), Array.isArray([]));
nums.forEach((n, i) => {
	if (i < 2) console.log('forEach', i, n);
});
console.log([3, 1, 2].reverse(), [1, 2, 3].at(-1), [[1, 'a'], [2, 'b']].map(([n, s]) => s + n));
