// Where util.inspect breaks lines: 72-80 columns, the 6-entry rule for short arrays, nested objects.
const pad = n => 'x'.repeat(n);
for (const n of [50, 55, 56, 57, 58, 60, 62, 64, 66]) console.log({ key: pad(n) });
for (const n of [10, 14, 15, 16, 17, 18, 20]) console.log([pad(n), pad(n), pad(n)]);
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 });
console.log({ alpha: 'one', beta: 'two', gamma: 'three', delta: 'four', epsilon: 'five', zeta: 'six' });
console.log([[1, 2, [3, 4, [5, [6]]]], { x: [{ y: [{ z: 1 }] }] }]);
console.log({ list: Array.from({ length: 10 }, (_, i) => ({ id: i })) });
console.log(Array.from({ length: 27 }, (_, i) => i * 1000 - 5000));
console.log(Array.from({ length: 12 }, (_, i) => `item-${i}`));
console.log(Array.from({ length: 8 }, (_, i) => 1.5 ** i));
console.log({ nested: { arrays: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], words: ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg'] } });
console.log('a string at top level stays raw', ['but in an array it is quoted'], { 'key with space': 1, valid_id: 2, 3: 'num', 'dash-key': 4 });
