// Generators can be stopped with return() and fed errors with throw().
function* worker() {
	try {
		yield 'step 1';
		yield 'step 2';
		yield 'step 3';
	} catch (error) {
		console.log('generator caught', error.message);
		yield 'recovered';
	} finally {
		console.log('generator cleanup');
	}
}
const a = worker();
console.log(a.next().value);
console.log(a.return('stopped early'));
console.log(a.next());
const b = worker();
console.log(b.next().value);
console.log(b.throw(new Error('bad input')).value);
console.log(b.next());
