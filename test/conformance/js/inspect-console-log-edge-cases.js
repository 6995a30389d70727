// console.log with no arguments, empty strings and numbers as the first argument.
console.log();
console.log('');
console.log(42, 'after a number');
console.log('%s');
console.log('a\tb');
console.log(['a\tb'], { 'key with space': ['x'] });
console.log(true, false, [true]);
