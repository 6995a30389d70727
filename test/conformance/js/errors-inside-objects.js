// Errors nested in objects and arrays. Their stack is replaced first, because Node prints stack
// frames (paths of this machine) and loopstep has none: with a frameless stack both print the same.
function frameless(error) {
	error.stack = `${error.name}: ${error.message}`;
	return error;
}
const plain = frameless(new Error('plain failure'));
const typed = frameless(new TypeError('bad type'));
console.log({ plain });
console.log([plain, typed]);
const coded = frameless(new RangeError('out of range'));
coded.code = 'E_RANGE';
coded.details = { min: 0, max: 10 };
console.log(coded);
console.log({ nested: { error: coded } });
class ValidationError extends Error {
	constructor(field) {
		super(`invalid ${field}`);
		this.name = 'ValidationError';
		this.field = field;
	}
}
const custom = frameless(new ValidationError('email'));
console.log(custom, [custom]);
const withCause = frameless(new Error('outer', { cause: 'inner reason' }));
console.log(withCause.cause, Object.keys(withCause), 'cause' in withCause);
const noMessage = frameless(new Error());
console.log([noMessage], String(noMessage), noMessage.message === '');
console.log(`${typed}`, typed.toString(), Object.prototype.toString.call(typed));
