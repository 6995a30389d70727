import {callObject} from '../runtime/call.js';
import {typeError} from '../runtime/exception-types.js';
import {PyBytes, PyDict, PyList, PyRange, PySet, PyTuple} from '../runtime/py-containers.js';
import {PyObject, type PyValue} from '../runtime/py-object.js';
import {raise} from '../runtime/raise.js';
import {typeOf} from '../runtime/type-of.js';

/** `len(value)`. */
export function lengthOf(value: PyValue): number {
	if (typeof value === 'string') return /[\ud800-\udfff]/.test(value) ? Array.from(value).length : value.length;
	if (value instanceof PyList || value instanceof PyTuple) return value.items.length;
	if (value instanceof PyDict || value instanceof PySet) return value.map.size;
	if (value instanceof PyRange) return value.length;
	if (value instanceof PyBytes) return value.bytes.length;
	if (value instanceof PyObject) {
		const method = typeOf(value).lookup('__len__');
		if (method !== undefined) {
			const result = callObject(method, [value]);
			if (typeof result !== 'number') raise(typeError, `'${typeOf(result).name}' object cannot be interpreted as an integer`);
			return result;
		}
	}
	return raise(typeError, `object of type '${typeOf(value).name}' has no len()`);
}
