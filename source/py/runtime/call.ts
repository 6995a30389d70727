import {typeType} from './builtin-types.js';
import {typeError} from './exception-types.js';
import {PyBoundMethod, PyBuiltinFunction, PyFunction, PyMethodDescriptor, PyStaticMethod} from './py-callables.js';
import type {Kwargs, PyValue} from './py-object.js';
import {PyType} from './py-type.js';
import {raise} from './raise.js';
import {typeName, typeOf} from './type-of.js';
import {constructInstance} from './construct.js';
import {getAttr} from './attributes.js';
import {PyModule, PySuper} from './py-instance.js';

/** `callable(*args, **kwargs)`. */
export function callObject(callable: PyValue, args: PyValue[], kwargs: Kwargs | null = null): PyValue {
	if (callable instanceof PyFunction) return callable.code.invoke(callable, args, kwargs);
	if (callable instanceof PyBuiltinFunction) return callable.fn(args, kwargs);
	if (callable instanceof PyBoundMethod) return callObject(callable.func, [callable.self, ...args], kwargs);
	if (callable instanceof PyType) return callType(callable, args, kwargs);
	if (callable instanceof PyMethodDescriptor) {
		if (args.length === 0) raise(typeError, `unbound method ${callable.owner.name}.${callable.name}() needs an argument`);
		return callable.fn(args[0]!, args.slice(1), kwargs);
	}
	if (callable instanceof PyStaticMethod) return callObject(callable.func, args, kwargs);
	if (callable !== null && typeof callable === 'object') {
		const call = callable.cls.lookup('__call__');
		if (call !== undefined) return callObject(call, [callable, ...args], kwargs);
	}
	return raise(typeError, `'${typeName(callable)}' object is not callable`);
}

function callType(cls: PyType, args: PyValue[], kwargs: Kwargs | null): PyValue {
	if (cls === typeType && args.length === 1 && !kwargs) return typeOf(args[0]!);
	return constructInstance(cls, args, kwargs);
}

/** `obj.name(*args)` without materialising the bound method (CPython's LOAD_METHOD / CALL). */
export function callMethod(obj: PyValue, name: string, args: PyValue[], kwargs: Kwargs | null = null): PyValue {
	if (obj instanceof PySuper || obj instanceof PyModule || obj instanceof PyType) return callObject(getAttr(obj, name), args, kwargs);
	const type = typeOf(obj);
	const method = type.lookup(name);
	if (method instanceof PyMethodDescriptor && (obj === null || typeof obj !== 'object' || obj.dict === undefined || !obj.dict.has(name))) return method.fn(obj, args, kwargs);
	if (method instanceof PyFunction && (obj === null || typeof obj !== 'object' || obj.dict === undefined || !obj.dict.has(name))) {
		return method.code.invoke(method, [obj, ...args], kwargs);
	}
	return callObject(getAttr(obj, name), args, kwargs);
}
