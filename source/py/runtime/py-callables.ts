import {builtinFunctionType, classmethodType, functionType, methodType, propertyType, staticmethodType} from './builtin-types.js';
import {type Cell, type Kwargs, PyObject, type PyValue} from './py-object.js';
import type {PyType} from './py-type.js';

/** What the compiler provides for a `def`/`lambda`: how to run a call of it. */
export interface FunctionCode {
	readonly name: string;
	readonly line: number;
	readonly kind: 'function' | 'generator' | 'coroutine' | 'asyncGenerator';
	/** Parameter names in `co_varnames` order, for `inspect`-style errors and `functools.wraps`. */
	readonly parameterNames: readonly string[];
	invoke(fn: PyFunction, args: PyValue[], kwargs: Kwargs | null): PyValue;
}

/** A user function: code plus what was captured when the `def` ran. */
export class PyFunction extends PyObject {
	qualname: string;
	name: string;
	/** The class a method was defined in, for zero-argument `super()` (`__class__`). */
	definingClass: PyType | undefined;

	constructor(
		readonly code: FunctionCode,
		readonly globals: Map<string, PyValue>,
		readonly defaults: readonly PyValue[],
		readonly kwDefaults: ReadonlyMap<string, PyValue>,
		readonly closure: readonly Cell[],
		qualname: string,
	) {
		super();
		this.name = code.name;
		this.qualname = qualname;
	}

	get cls(): PyType {
		return functionType;
	}
}

export type NativeFunction = (args: PyValue[], kwargs: Kwargs | null) => PyValue;

/** A function implemented in TypeScript: `print`, `len`, `list.append` bound to a list. */
export class PyBuiltinFunction extends PyObject {
	constructor(
		readonly name: string,
		readonly fn: NativeFunction,
		/** The object a builtin method is bound to, for its repr. */
		readonly self: PyValue | undefined = undefined,
	) {
		super();
	}

	get cls(): PyType {
		return builtinFunctionType;
	}
}

export type NativeMethod = (self: PyValue, args: PyValue[], kwargs: Kwargs | null) => PyValue;

/** A method of a builtin type as found in the class dict (`list.append`); binds like a function. */
export class PyMethodDescriptor extends PyObject {
	constructor(
		readonly name: string,
		readonly owner: PyType,
		readonly fn: NativeMethod,
	) {
		super();
	}

	get cls(): PyType {
		return builtinFunctionType;
	}

	bind(self: PyValue): PyBuiltinFunction {
		const fn = this.fn;
		return new PyBuiltinFunction(this.name, (args, kwargs) => fn(self, args, kwargs), self);
	}
}

/** A function bound to an instance: `obj.method`. */
export class PyBoundMethod extends PyObject {
	constructor(
		readonly self: PyValue,
		readonly func: PyValue,
	) {
		super();
	}

	get cls(): PyType {
		return methodType;
	}
}

export class PyProperty extends PyObject {
	constructor(
		readonly fget: PyValue,
		readonly fset: PyValue,
		readonly fdel: PyValue,
		readonly doc: PyValue,
	) {
		super();
	}

	get cls(): PyType {
		return propertyType;
	}
}

export class PyStaticMethod extends PyObject {
	constructor(readonly func: PyValue) {
		super();
	}

	get cls(): PyType {
		return staticmethodType;
	}
}

export class PyClassMethod extends PyObject {
	constructor(readonly func: PyValue) {
		super();
	}

	get cls(): PyType {
		return classmethodType;
	}
}

/** A computed attribute of a builtin type (`range.start`, `BaseException.args`): a data descriptor. */
export class PyGetSetDescriptor extends PyObject {
	constructor(
		readonly name: string,
		readonly get: (self: PyValue) => PyValue,
		readonly set: ((self: PyValue, value: PyValue) => void) | undefined = undefined,
	) {
		super();
	}

	get cls(): PyType {
		return propertyType;
	}
}

/**
 * A method a class defines in Python, or one loopstep generates for it (`@dataclass`'s `__init__`):
 * anything but the methods of builtin classes, which the fast paths implement directly.
 */
export function isUserMethod(method: PyValue | undefined): method is PyValue {
	return method !== undefined && (!(method instanceof PyMethodDescriptor) || !method.owner.builtin);
}
