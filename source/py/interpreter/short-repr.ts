import {PyFloat, PyObject, type PyValue} from '../runtime/py-object.js';
import {PyList, PyTuple} from '../runtime/py-containers.js';
import {repr} from '../runtime/repr.js';

const shortIntLimit = 10n ** 40n;

/** A repr for labels in the plan that never runs user code (no `__repr__` calls). */
export function shortRepr(value: PyValue): string {
	if (value === null || typeof value !== 'object' || value instanceof PyFloat) {
		// A huge int is cut short before its digits are made (they may pass the 4300-digit limit).
		if (typeof value === 'bigint' && (value >= shortIntLimit || value <= -shortIntLimit)) return '<int>';
		const text = repr(value);
		return text.length > 40 ? `${text.slice(0, 37)}...` : text;
	}
	if (value instanceof PyList) return value.items.length <= 3 ? `[${value.items.map(shortRepr).join(', ')}]` : '[...]';
	if (value instanceof PyTuple) return value.items.length <= 3 ? `(${value.items.map(shortRepr).join(', ')}${value.items.length === 1 ? ',' : ''})` : '(...)';
	if (value instanceof PyObject && !value.cls.builtin) return `<${value.cls.name}>`;
	return `<${value.cls.name}>`;
}
