// process.exitCode sets the exit code without stopping the program.
process.exitCode = 3;
console.log('exit code set to', process.exitCode);
setTimeout(() => console.log('timers still run'), 5);
