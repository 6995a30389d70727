import type {PyType} from './py-type.js';

/**
 * A Python value. `int` is a JS number while it is a safe integer and a bigint beyond; `float` is
 * boxed (`PyFloat`) so `1` and `1.0` stay distinct; `bool` is a JS boolean; `None` is `null`;
 * `str` is a JS string. Everything else is a `PyObject`.
 */
export type PyValue = number | bigint | string | boolean | null | PyObject;

/** The base of every heap object; `cls` is `type(obj)`. */
export abstract class PyObject {
	abstract get cls(): PyType;
	/** Per-instance attributes (`__dict__`), for objects that have one. */
	dict: Map<string, PyValue> | undefined;
}

export class PyFloat extends PyObject {
	constructor(readonly value: number) {
		super();
	}

	get cls(): PyType {
		return floatTypeRef.type!;
	}
}

/** Filled by builtin-types.ts; kept here so PyFloat need not import the type registry. */
export const floatTypeRef: {type: PyType | undefined} = {type: undefined};

/** A closure cell (CPython's `cell` object): one shared variable between a scope and its inner functions. */
export class Cell {
	constructor(public value: PyValue | undefined) {}
}

/** Keyword arguments at a call: names and values in call order. */
export type Kwargs = Map<string, PyValue>;
