import {callObject} from './call.js';
import {typeError} from './exception-types.js';
import {isUserMethod} from './py-callables.js';
import {PyDict, PyList, PySet, PyTuple} from './py-containers.js';
import {PyInstance} from './py-instance.js';
import {PyFloat, type PyValue} from './py-object.js';
import {raise} from './raise.js';
import {typeOf} from './type-of.js';

/**
 * The JS Map key standing for a Python dict key / set member. Equal Python values must map to the
 * same key (`1`, `1.0` and `True` are one key), so numbers collapse to JS numbers, strings stay
 * strings, tuples and frozensets become tagged strings, and objects are keyed by identity unless
 * they define `__hash__` (then by their hash: equal hashes are treated as equal keys).
 */
export function hashKey(value: PyValue): unknown {
	switch (typeof value) {
		case 'string':
		case 'number':
		case 'bigint':
			return value;
		case 'boolean':
			return value ? 1 : 0;
	}
	if (value === null) return null;
	if (value instanceof PyFloat) {
		const number = value.value;
		return Number.isInteger(number) && Number.isSafeInteger(number) ? number : `\u0000f${number}`;
	}
	if (value instanceof PyTuple) return `\u0000t(${value.items.map(keyText).join(',')})`;
	if (value instanceof PySet && value.frozen) return `\u0000F{${[...value.map.keys()].map(key => keyText(key as PyValue)).sort().join(',')}}`;
	if (value instanceof PyList || value instanceof PyDict || value instanceof PySet) raise(typeError, `unhashable type: '${typeOf(value).name}'`);
	if (value instanceof PyInstance && !value.type.builtin) {
		const hash = value.type.lookup('__hash__');
		if (hash === null) raise(typeError, `unhashable type: '${value.type.name}'`);
		if (hash !== undefined && isUserMethod(hash)) return `\u0000h${String(callObject(hash, [value]))}`;
		const eq = value.type.lookup('__eq__');
		if (isUserMethod(eq)) raise(typeError, `unhashable type: '${value.type.name}'`);
	}
	return value;
}

function keyText(value: PyValue): string {
	const key = hashKey(value);
	if (typeof key === 'string') return key.startsWith('\u0000') ? key : JSON.stringify(key);
	if (typeof key === 'number' || typeof key === 'bigint') return String(key);
	if (key === null) return 'None';
	return `\u0000o${objectKey(key as object)}`;
}

const objectKeys = new WeakMap<object, number>();
let nextObjectKey = 1;

function objectKey(obj: object): number {
	let key = objectKeys.get(obj);
	if (key === undefined) {
		key = nextObjectKey++;
		objectKeys.set(obj, key);
	}
	return key;
}
