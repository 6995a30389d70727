// A throw before the first await still becomes a rejection, never a synchronous exception.
async function fail() {
	console.log('fail runs synchronously');
	throw new RangeError('too big');
}
const promise = fail();
console.log('call returned a promise:', promise instanceof Promise);
promise.catch(error => console.log('rejected with', error.name, error.message));
