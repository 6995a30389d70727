// A rejected await throws inside the async function, where try/catch sees it.
async function load(shouldFail) {
	if (shouldFail) throw new Error('load failed');
	return 'data';
}
async function main() {
	try {
		console.log('got', await load(false));
		console.log('got', await load(true));
		console.log('not reached');
	} catch (error) {
		console.log('caught', error.message);
	} finally {
		console.log('cleanup');
	}
	return 'main done';
}
main().then(console.log);
