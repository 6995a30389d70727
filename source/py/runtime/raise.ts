import * as types from './exception-types.js';
import {PyExceptionObject} from './py-instance.js';
import type {PyValue} from './py-object.js';
import type {PyType} from './py-type.js';

/** A new exception instance, as `type(*args)` makes it without running a Python `__init__`. */
export function newException(type: PyType, ...args: PyValue[]): PyExceptionObject {
	const exception = new PyExceptionObject(type);
	exception.args = args;
	return exception;
}

export function raise(type: PyType, message?: string): never {
	throw message === undefined ? newException(type) : newException(type, message);
}

export const typeErrorOf = (message: string): never => raise(types.typeError, message);
export const valueErrorOf = (message: string): never => raise(types.valueError, message);
export const indexErrorOf = (message: string): never => raise(types.indexError, message);
export const attributeErrorOf = (message: string): never => raise(types.attributeError, message);

export function keyErrorOf(key: PyValue): never {
	throw newException(types.keyError, key);
}

export function isException(value: unknown): value is PyExceptionObject {
	return value instanceof PyExceptionObject;
}
