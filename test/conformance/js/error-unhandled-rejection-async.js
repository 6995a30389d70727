// A rejected async function nobody awaits is an unhandled rejection.
async function task() {
	await null;
	console.log('task about to fail');
	throw new SyntaxError('bad data');
}
task();
setTimeout(() => console.log('too late'), 10);
