import {ellipsisType, moduleType, notImplementedType, superType} from './builtin-types.js';
import {PyObject, type PyValue} from './py-object.js';
import type {Located} from '../parse/ast.js';
import type {PyType} from './py-type.js';

/** An instance of a class the program defined (or of `object`). */
export class PyInstance extends PyObject {
	override dict: Map<string, PyValue> = new Map();

	constructor(readonly type: PyType) {
		super();
	}

	get cls(): PyType {
		return this.type;
	}
}

/** One line of a traceback: which function, at which line. */
export interface TracebackEntry {
	readonly name: string;
	readonly line: number;
	/** The frame the exception passed through (one entry per pass, as CPython's `tb_frame`). */
	readonly frame?: object;
	/** The expression running in that frame when the exception passed (the `^^^^` under the line). */
	readonly span?: Located;
}

/** An instance of `BaseException` or a subclass: what `raise` throws through the interpreter. */
export class PyExceptionObject extends PyInstance {
	args: readonly PyValue[] = [];
	/** Innermost entry last once complete, as CPython prints it (most recent call last). */
	readonly traceback: TracebackEntry[] = [];
	cause: PyExceptionObject | null = null;
	context: PyExceptionObject | null = null;
	suppressContext = false;
	/** The innermost expression the exception left in `spanFrame`, until that frame's traceback entry takes it. */
	pendingSpan: Located | undefined = undefined;
	spanFrame: object | undefined = undefined;
}

export class PyModule extends PyObject {
	override dict: Map<string, PyValue>;

	constructor(
		readonly name: string,
		entries: Iterable<[string, PyValue]> = [],
	) {
		super();
		this.dict = new Map(entries);
		this.dict.set('__name__', name);
	}

	get cls(): PyType {
		return moduleType;
	}
}

class PySingleton extends PyObject {
	constructor(
		readonly text: string,
		private readonly type: PyType,
	) {
		super();
	}

	get cls(): PyType {
		return this.type;
	}
}

export const notImplemented = new PySingleton('NotImplemented', notImplementedType);
export const ellipsis = new PySingleton('Ellipsis', ellipsisType);

/** `super(cls, obj)`: attribute lookups start after `thisClass` in `type(obj).__mro__`. */
export class PySuper extends PyObject {
	constructor(
		readonly thisClass: PyType,
		readonly obj: PyValue,
		/** The class whose MRO is searched: `type(obj)`, or `obj` itself for classmethods. */
		readonly startType: PyType,
	) {
		super();
	}

	get cls(): PyType {
		return superType;
	}
}
