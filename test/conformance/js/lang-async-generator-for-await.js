// for await pulls values from an async generator one at a time.
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
async function* ticker(count) {
	for (let i = 1; i <= count; i++) {
		await sleep(10);
		console.log('producing', i);
		yield i;
	}
}
async function main() {
	let total = 0;
	for await (const value of ticker(3)) {
		console.log('consuming', value);
		total += value;
	}
	console.log('total', total);
	for await (const value of [Promise.resolve('a'), 'b']) console.log('array item', value);
}
main();
console.log('main started');
