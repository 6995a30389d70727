// An 'exit' listener that throws: Node reports that error, skips the remaining listeners and exits 1.
process.on('exit', code => {
	console.log('first exit listener, code', code);
	throw new Error('thrown while exiting');
});
process.on('exit', () => console.log('never runs'));
console.log('main script done');
