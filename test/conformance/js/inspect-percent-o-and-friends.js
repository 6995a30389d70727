// %o shows hidden details and goes 4 levels deep; %O is plain inspect; %j is JSON; %s, %d, %i, %f coerce.
function greet(name) {
	return 'hi ' + name;
}
const nested = { a: { b: { c: { d: { e: 'deep' } } } }, list: [1, 2] };
console.log('%o', nested);
console.log('%O', nested);
console.log('%o', [1, 'two', { three: 3 }]);
console.log('%o', greet);
console.log('%j', { ok: true, skip: undefined, fn: greet, list: [1, undefined] });
const circle = { name: 'loop' };
circle.self = circle;
console.log('%j', circle);
console.log('%s|%s|%s|%s|%s', 'str', 42, 10n, null, undefined);
console.log('%s', { obj: 1 }, '%s', [1, [2, [3]]]);
console.log('%d %d %d %d %d', '42', 3.9, 10n, {}, '0x10');
console.log('%i %i %i %f %f', 42.9, '-7.5', 2n, '3.25', 'abc');
console.log('%c styled %c', 'color: red', 'font-weight: bold', 'after');
console.log('%% literal, %x unknown, %', 1);
console.log('missing:', '%s %s %d', 'only one');
console.log(5, '%s', 'not a format because first arg is a number');
