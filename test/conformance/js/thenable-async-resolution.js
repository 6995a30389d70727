// A thenable may call resolve later, for instance from a timer.
const delayed = {
	then(resolve) {
		console.log('then called, resolving in 20ms');
		setTimeout(() => resolve('delayed value'), 20);
	},
};
async function main() {
	console.log('awaiting');
	const value = await delayed;
	console.log('got', value);
}
main();
