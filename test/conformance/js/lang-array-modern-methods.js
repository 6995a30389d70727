// Newer Array methods Node 20 has: at, findLast, flatMap, toSorted, toReversed, with, fill, copyWithin.
const nums = [5, 1, 4, 2, 3];
console.log(nums.at(-1), nums.findLast(n => n > 3), nums.findLastIndex(n => n > 3), nums.flatMap(n => [n, n * 10]));
console.log(nums.toSorted(), nums.toReversed(), nums.with(0, 99), nums);
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), new Array(4).fill(0), Array.of(7, 8), [NaN].includes(NaN), [NaN].indexOf(NaN));
const people = [{ n: 'b', a: 30 }, { n: 'a', a: 25 }, { n: 'c', a: 30 }, { n: 'd', a: 25 }];
console.log(people.sort((x, y) => x.a - y.a).map(p => p.n).join(''));
console.log([10, 9, 1, 100].sort(), ['b', undefined, 'a'].sort(), [3, 2, 1].sort(() => 0));
console.log(Array.from('héllo'), Array.from(new Set([1, 1, 2]).values()), Array.from({ length: 2 }));
console.log([1, [2, [3, [4]]]].flat(2), [[1, 2], [3]].reduceRight((acc, x) => acc.concat(x), []), [].reduce((a, b) => a + b, 'init'));
try {
	[].reduce((a, b) => a + b);
} catch (error) {
	console.log(error.name + ': ' + error.message);
}
console.log([1, 2, 3].entries().next(), [...['a', 'b'].keys()], Object.entries(['x', 'y']));
console.log([3, 1, 2].toString(), String([1, [2, 3]]), [null, undefined, 1].join('-'), [1, 2, 3].lastIndexOf(3));
