// Any object with a then method is adopted by promises.
class Deferred {
	constructor(value) {
		this.value = value;
	}
	then(onFulfilled) {
		console.log('Deferred.then called for', this.value);
		onFulfilled(this.value);
	}
}
Promise.resolve(new Deferred('one')).then(value => console.log('adopted', value));
Promise.resolve()
	.then(() => new Deferred('two'))
	.then(value => console.log('returned thenable gave', value));
console.log('sync end');
