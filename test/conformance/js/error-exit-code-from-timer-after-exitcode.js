// process.exit() with no argument uses process.exitCode.
process.exitCode = 5;
setTimeout(() => {
	console.log('calling process.exit()');
	process.exit();
}, 5);
