// Printing the parts of an error, never its stack.
const error = new TypeError('wrong type');
console.log(error.name, error.message);
console.log(`${error}`);
console.log(error instanceof TypeError, error instanceof Error);
console.log(Object.prototype.toString.call(error));
