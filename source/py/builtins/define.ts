import {typeError} from '../runtime/exception-types.js';
import {PyBuiltinFunction, PyGetSetDescriptor, PyMethodDescriptor, type NativeFunction, type NativeMethod} from '../runtime/py-callables.js';
import type {Kwargs, PyValue} from '../runtime/py-object.js';
import type {PyType} from '../runtime/py-type.js';
import {raise} from '../runtime/raise.js';

/** Installs a method of a builtin type (a method descriptor in the class dict). */
export function defineMethod(type: PyType, name: string, fn: NativeMethod): void {
	type.dict.set(name, new PyMethodDescriptor(name, type, fn));
}

export function defineMethods(type: PyType, methods: Record<string, NativeMethod>): void {
	for (const [name, fn] of Object.entries(methods)) defineMethod(type, name, fn);
}

export function defineGetter(type: PyType, name: string, get: (self: PyValue) => PyValue, set?: (self: PyValue, value: PyValue) => void): void {
	type.dict.set(name, new PyGetSetDescriptor(name, get, set));
}

export function builtinFunction(name: string, fn: NativeFunction): PyBuiltinFunction {
	return new PyBuiltinFunction(name, fn);
}

/** Checks a builtin's argument count with CPython's wording. */
export function expectArgs(name: string, args: readonly PyValue[], min: number, max = min): void {
	if (args.length >= min && args.length <= max) return;
	if (min === max) {
		if (min === 0) raise(typeError, `${name}() takes no arguments (${args.length} given)`);
		if (min === 1) raise(typeError, `${name}() takes exactly one argument (${args.length} given)`);
		raise(typeError, `${name} expected ${min} arguments, got ${args.length}`);
	}
	if (args.length < min) raise(typeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
	raise(typeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

/** A keyword argument or its default. */
export function kwarg(kwargs: Kwargs | null, name: string, fallback: PyValue): PyValue {
	const value = kwargs?.get(name);
	return value === undefined ? fallback : value;
}
