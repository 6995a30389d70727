// A rejection awaited at top level can be caught like any other; an uncaught one fails the module.
async function load(name) {
	await null;
	if (name === 'missing') throw new Error(`cannot load ${name}`);
	return `${name} loaded`;
}
try {
	console.log(await load('config'));
	console.log(await load('missing'));
} catch (error) {
	console.log('caught at top level:', error.message);
}
const settled = await Promise.allSettled([load('a'), load('missing')]);
console.log(settled.map(result => result.status));
process.on('exit', code => console.log('exit code', code));
await load('missing');
console.log('never reached');
