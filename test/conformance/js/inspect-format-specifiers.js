// printf-style format specifiers in the first argument.
console.log('%s is %d years old', 'Ada', 36);
console.log('%i and %f', 42.9, 3.5);
console.log('json: %j', { a: [1, 2] });
console.log('object: %o', { a: 1 });
console.log('Object: %O', { a: { b: 1 } });
console.log('100%% sure');
console.log('%s', 'extra', 'args', 'appended');
console.log('missing: %s %s', 'only one');
console.log('%d', '12abc');
console.log('%s', { obj: true }, [1]);
