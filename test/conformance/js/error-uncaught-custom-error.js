// Uncaught custom errors report their name.
class NotFoundError extends Error {
	constructor(what) {
		super(what + ' not found');
		this.name = 'NotFoundError';
	}
}
console.log('looking up user');
Promise.resolve().then(() => {
	throw new NotFoundError('user 7');
});
