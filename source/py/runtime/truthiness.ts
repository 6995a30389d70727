import {callObject} from './call.js';
import {typeError} from './exception-types.js';
import {PyBytes, PyDict, PyList, PyRange, PySet, PyTuple} from './py-containers.js';
import {PyFloat, type PyValue} from './py-object.js';
import {raise} from './raise.js';
import {typeOf} from './type-of.js';

/** `bool(value)`: `__bool__`, then `__len__`, then true. */
export function truthy(value: PyValue): boolean {
	switch (typeof value) {
		case 'boolean':
			return value;
		case 'number':
			return value !== 0;
		case 'string':
			return value.length > 0;
		case 'bigint':
			return value !== 0n;
	}
	if (value === null) return false;
	if (value instanceof PyFloat) return value.value !== 0;
	if (value instanceof PyList || value instanceof PyTuple) return value.items.length > 0;
	if (value instanceof PyDict) return value.map.size > 0;
	if (value instanceof PySet) return value.map.size > 0;
	if (value instanceof PyRange) return value.length > 0;
	if (value instanceof PyBytes) return value.bytes.length > 0;
	const type = value.cls;
	const bool = type.lookup('__bool__');
	if (bool !== undefined) {
		const result = callObject(bool, [value]);
		if (typeof result !== 'boolean') raise(typeError, `__bool__ should return bool, returned ${typeOf(result).name}`);
		return result;
	}
	const len = type.lookup('__len__');
	if (len !== undefined) {
		const result = callObject(len, [value]);
		return result !== 0 && result !== false;
	}
	return true;
}
