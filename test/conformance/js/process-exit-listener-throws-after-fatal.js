// An uncaught exception, then an 'exit' listener that throws too: only the first report is printed.
process.on('exit', code => {
	console.log('exit listener sees code', code);
	missingFunction();
});
setTimeout(() => {
	console.log('about to fail');
	throw new TypeError('first failure');
}, 1);
