// A thenable whose then throws rejects the adopting promise, unless it already resolved.
const broken = {
	then() {
		throw new Error('then exploded');
	},
};
const resolvedFirst = {
	then(resolve) {
		resolve('resolved before throwing');
		throw new Error('ignored');
	},
};
Promise.resolve(broken).catch(error => console.log('broken:', error.message));
Promise.resolve(resolvedFirst).then(value => console.log('resolvedFirst:', value));
