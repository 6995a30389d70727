// How Node lays out longer arrays: numbers align right, strings align left, mixed lists wrap.
console.log([1, -2, 3.5, 40, -500, 6, 7000, 8, 9, 10]);
console.log(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'g']);
console.log({ scores: [90, 85, 77, 64, 99, 100, 58, 73, 88, 91, 62, 70] });
console.log([true, false, null, undefined, 1, 'two', 3, 'four']);
console.log([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);
console.log(Array.from({ length: 8 }, (_, i) => ({ id: i })));
