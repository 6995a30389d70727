// An await on a rejected promise skips the rest and rejects the caller's promise.
async function step(name, fail) {
	await null;
	if (fail) throw new Error(name + ' failed');
	console.log(name, 'ok');
}
async function pipeline() {
	await step('fetch', false);
	await step('parse', true);
	await step('save', false);
}
pipeline().catch(error => console.log('pipeline stopped:', error.message));
