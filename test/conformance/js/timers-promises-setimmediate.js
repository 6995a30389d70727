// timers/promises: setImmediate resolves in the check phase.
const { setImmediate: nextCheck, setTimeout: sleep } = require('timers/promises');
async function main() {
	await sleep(5);
	console.log('after timer');
	const value = await nextCheck('checked');
	console.log('after immediate:', value);
}
main();
process.nextTick(() => console.log('tick'));
