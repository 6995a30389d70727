import {callObject} from '../runtime/call.js';
import {baseException, runtimeError, typeError} from '../runtime/exception-types.js';
import {PyTuple} from '../runtime/py-containers.js';
import {PyExceptionObject} from '../runtime/py-instance.js';
import type {PyValue} from '../runtime/py-object.js';
import {PyType} from '../runtime/py-type.js';
import {raise} from '../runtime/raise.js';
import type {Interpreter} from './interpreter.js';

/** `raise X`: a class is instantiated, an instance used as is (ceval.c `do_raise`). */
export function exceptionFrom(value: PyValue): PyExceptionObject {
	if (value instanceof PyType && value.isSubtypeOf(baseException)) {
		const instance = callObject(value, []);
		if (!(instance instanceof PyExceptionObject)) raise(typeError, `calling ${value.name} should have returned an instance of BaseException, not ${typeof instance}`);
		return instance;
	}
	if (value instanceof PyExceptionObject) return value;
	return raise(typeError, 'exceptions must derive from BaseException');
}

/** `raise exc from cause`. */
export function doRaise(interp: Interpreter, exc: PyValue | undefined, cause: PyValue | undefined): never {
	if (exc === undefined) {
		const active = interp.handling[interp.handling.length - 1];
		if (!active) raise(runtimeError, 'No active exception to reraise');
		throw active;
	}
	const exception = exceptionFrom(exc);
	if (cause !== undefined) {
		exception.cause = cause === null ? null : exceptionFrom(cause);
		exception.suppressContext = true;
	}
	const active = interp.handling[interp.handling.length - 1];
	if (active && active !== exception && exception.context === null) exception.context = active;
	// `raise e` again in the frame that already shows it: CPython adds a second entry for this line.
	const frame = interp.frame;
	if (frame && exception.traceback.at(-1)?.frame === frame) exception.traceback.push({name: frame.name, line: frame.line, frame});
	throw exception;
}

/** Does an `except T` clause match? `T` may be a class or a tuple of classes. */
export function exceptionMatches(exception: PyExceptionObject, type: PyValue): boolean {
	if (type instanceof PyType) return exception.type.isSubtypeOf(type);
	if (type instanceof PyTuple) return type.items.some(item => exceptionMatches(exception, item));
	return raise(typeError, 'catching classes that do not inherit from BaseException is not allowed');
}

