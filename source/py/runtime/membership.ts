import {callObject} from './call.js';
import {typeError} from './exception-types.js';
import {hashKey} from './hash-key.js';
import {pyEquals} from './comparison.js';
import {PyBytes, PyDict, PyList, PyRange, PySet, PyTuple} from './py-containers.js';
import {PyObject, type PyValue} from './py-object.js';
import {raise} from './raise.js';
import {truthy} from './truthiness.js';
import {typeOf} from './type-of.js';
import {getIterator} from './iteration.js';

/** `item in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
	if (typeof container === 'string') {
		if (typeof item !== 'string') raise(typeError, `'in <string>' requires string as left operand, not ${typeOf(item).name}`);
		return container.includes(item);
	}
	if (container instanceof PyList || container instanceof PyTuple) {
		const items = container.items;
		for (let index = 0; index < items.length; index++) if (items[index] === item || pyEquals(items[index]!, item)) return true;
		return false;
	}
	if (container instanceof PyDict) return container.map.has(hashKey(item));
	if (container instanceof PySet) return container.map.has(hashKey(item));
	if (container instanceof PyRange) {
		if (typeof item !== 'number') return false;
		const {start, step} = container;
		const offset = item - start;
		return offset % step === 0 && offset / step >= 0 && offset / step < container.length;
	}
	if (container instanceof PyBytes) {
		if (item instanceof PyBytes) return Buffer.from(container.bytes).includes(Buffer.from(item.bytes));
		return typeof item === 'number' && container.bytes.includes(item);
	}
	if (container instanceof PyObject) {
		const method = container.cls.lookup('__contains__');
		if (method !== undefined) return truthy(callObject(method, [container, item]));
		if (container.cls.lookup('__iter__') !== undefined || container.cls.lookup('__getitem__') !== undefined) {
			const iterator = getIterator(container);
			for (let value = iterator.nextValue(); value !== undefined; value = iterator.nextValue()) if (pyEquals(value, item)) return true;
			return false;
		}
	}
	return raise(typeError, `argument of type '${typeOf(container).name}' is not iterable`);
}
