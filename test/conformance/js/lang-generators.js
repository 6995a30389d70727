// Generators pause at yield and resume on next().
function* counter(limit) {
	for (let i = 1; i <= limit; i++) {
		const received = yield i;
		if (received) console.log('received', received);
	}
	return 'finished';
}
const gen = counter(3);
console.log(gen.next());
console.log(gen.next('hello'));
console.log(gen.next());
console.log(gen.next());
console.log(gen.next());
console.log([...counter(4)]);
function* delegate() {
	yield 'start';
	yield* [1, 2];
	yield 'end';
}
for (const item of delegate()) console.log('item', item);
