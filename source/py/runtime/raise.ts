import {keyError} from './exception-types.js';
import {PyExceptionObject} from './py-instance.js';
import type {PyValue} from './py-object.js';
import type {PyType} from './py-type.js';

/** A new exception instance, as `type(*args)` makes it without running a Python `__init__`. */
export function newException(type: PyType, ...args: PyValue[]): PyExceptionObject {
	const exception = new PyExceptionObject(type);
	exception.args = args;
	return exception;
}

/** Raises `type(message)` as a Python exception. */
export function raise(type: PyType, message?: string): never {
	throw message === undefined ? newException(type) : newException(type, message);
}

/** `KeyError(key)`: its message is the key's repr. */
export function keyErrorOf(key: PyValue): never {
	throw newException(keyError, key);
}
