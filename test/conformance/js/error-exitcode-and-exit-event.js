// process.exitCode sets the code the process ends with; 'exit' listeners see it and may change it.
process.on('exit', code => {
	console.log('exit listener sees code', code, 'exitCode', process.exitCode);
	process.exitCode = 9;
});
process.exitCode = 4;
setTimeout(() => {
	console.log('timer runs after exitCode was set');
	process.exitCode = 6;
}, 5);
Promise.resolve().then(() => console.log('microtask, exitCode', process.exitCode));
console.log('main done');
