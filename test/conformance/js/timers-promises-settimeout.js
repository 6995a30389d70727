// timers/promises: setTimeout returns a promise fulfilled with the given value.
const { setTimeout: sleep } = require('timers/promises');
async function main() {
	const start = Date.now();
	console.log('waiting');
	const value = await sleep(50, 'woke up');
	console.log(value, Date.now() - start >= 50);
	const [a, b] = await Promise.all([sleep(20, 'a'), sleep(10, 'b')]);
	console.log(a, b);
}
main();
