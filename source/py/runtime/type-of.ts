import {boolType, intType, noneType, strType} from './builtin-types.js';
import type {PyValue} from './py-object.js';
import type {PyType} from './py-type.js';

/** `type(value)`. */
export function typeOf(value: PyValue): PyType {
	switch (typeof value) {
		case 'number':
		case 'bigint':
			return intType;
		case 'string':
			return strType;
		case 'boolean':
			return boolType;
		default:
			return value === null ? noneType : value.cls;
	}
}

/** `isinstance(value, type)` for one class. */
export function isInstance(value: PyValue, type: PyType): boolean {
	const actual = typeOf(value);
	return actual === type || actual.mro.includes(type);
}

/** The name CPython puts in messages: `'int' object is not callable`. */
export function typeName(value: PyValue): string {
	return typeOf(value).name;
}
