// setImmediate passes extra arguments.
setImmediate((x, y) => console.log('immediate got', x, y), 'hello', 42);
