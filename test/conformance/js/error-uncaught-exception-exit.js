// An uncaught exception prints a report to stderr and exits with code 1.
console.log('before the throw');
setTimeout(() => console.log('never runs'), 10);
function explode() {
	throw new Error('boom');
}
explode();
console.log('not reached');
