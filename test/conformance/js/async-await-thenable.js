// Awaiting a non-native thenable costs an extra job compared with a native promise.
const thenable = {
	then(resolve) {
		console.log('then called');
		resolve('from thenable');
	},
};
async function awaitsThenable() {
	const value = await thenable;
	console.log('thenable await done:', value);
}
async function awaitsPromise() {
	const value = await Promise.resolve('from promise');
	console.log('promise await done:', value);
}
awaitsThenable();
awaitsPromise();
Promise.resolve().then(() => console.log('j1')).then(() => console.log('j2')).then(() => console.log('j3'));
