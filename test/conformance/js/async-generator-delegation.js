// yield* delegates to another async generator; its return value becomes the value of yield*.
async function* inner() {
	const got = yield 'inner-1';
	console.log('inner received', got);
	yield await Promise.resolve('inner-2');
	return 'inner-result';
}

async function* outer() {
	yield 'outer-start';
	const result = yield* inner();
	console.log('yield* evaluated to', result);
	yield 'outer-end';
}

async function main() {
	const gen = outer();
	console.log(await gen.next());
	console.log(await gen.next());
	console.log(await gen.next('hello'));
	console.log(await gen.next());
	console.log(await gen.next());
	console.log(await gen.next());
	console.log(await gen.return('late'));
}
main();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
