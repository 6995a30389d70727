import {callMethod} from './call.js';
import {typeError} from './exception-types.js';
import {PyDict} from './py-containers.js';
import {PyObject, type PyValue} from './py-object.js';
import {raise} from './raise.js';
import {getItem} from './subscript.js';
import {toArray} from './iteration.js';
import {typeOf} from './type-of.js';

/** The (key, value) pairs of a mapping, for `**mapping` and `dict.update`. */
export function dictItems(mapping: PyValue): [PyValue, PyValue][] {
	if (mapping instanceof PyDict) return [...mapping.map.values()].map(entry => [entry.key, entry.value]);
	if (mapping instanceof PyObject && typeOf(mapping).lookup('keys') !== undefined) {
		return toArray(callMethod(mapping, 'keys', [])).map(key => [key, getItem(mapping, key)]);
	}
	return raise(typeError, `'${typeOf(mapping).name}' object is not a mapping`);
}
