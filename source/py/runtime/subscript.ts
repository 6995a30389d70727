import {callObject} from './call.js';
import {indexError, typeError, valueError} from './exception-types.js';
import {dictDelete, dictGetItem, dictSet} from './dict-ops.js';
import {PyBytes, PyDict, PyList, PyRange, PySlice, PyTuple} from './py-containers.js';
import {PyObject, type PyValue} from './py-object.js';
import {PyType} from './py-type.js';
import {raise} from './raise.js';
import {typeOf} from './type-of.js';
import {toArray} from './iteration.js';

/** An index as a JS number, or a TypeError naming the container. */
export function indexValue(value: PyValue, container: string): number {
	if (typeof value === 'number') return value;
	if (typeof value === 'boolean') return value ? 1 : 0;
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof PyObject) {
		const index = value.cls.lookup('__index__');
		if (index !== undefined) return indexValue(callObject(index, [value]), container);
	}
	// Objects/unicodeobject.c words its message differently from the other sequences.
	if (container === 'string') return raise(typeError, `string indices must be integers, not '${typeOf(value).name}'`);
	return raise(typeError, `${container} indices must be integers or slices, not ${typeOf(value).name}`);
}

function sliceBound(value: PyValue): number | null {
	if (value === null) return null;
	if (typeof value === 'number') return value;
	if (typeof value === 'boolean') return value ? 1 : 0;
	if (typeof value === 'bigint') return Number(value);
	return raise(typeError, 'slice indices must be integers or None or have an __index__ method');
}

/** `slice.indices(length)`: start, stop, step clamped as CPython's PySlice_AdjustIndices does. */
export function sliceIndices(slice: PySlice, length: number): [number, number, number] {
	const step = sliceBound(slice.step) ?? 1;
	if (step === 0) raise(valueError, 'slice step cannot be zero');
	let start = sliceBound(slice.start);
	let stop = sliceBound(slice.stop);
	if (step > 0) {
		start = start === null ? 0 : start < 0 ? Math.max(0, start + length) : Math.min(start, length);
		stop = stop === null ? length : stop < 0 ? Math.max(0, stop + length) : Math.min(stop, length);
	} else {
		start = start === null ? length - 1 : start < 0 ? Math.max(-1, start + length) : Math.min(start, length - 1);
		stop = stop === null ? -1 : stop < 0 ? Math.max(-1, stop + length) : Math.min(stop, length - 1);
	}
	return [start, stop, step];
}

export function sliceItems<T>(items: readonly T[], slice: PySlice): T[] {
	const [start, stop, step] = sliceIndices(slice, items.length);
	if (step === 1) return items.slice(start, Math.max(start, stop));
	const result: T[] = [];
	if (step > 0) for (let index = start; index < stop; index += step) result.push(items[index]!);
	else for (let index = start; index > stop; index += step) result.push(items[index]!);
	return result;
}

function normalizeIndex(index: number, length: number, what: string): number {
	const actual = index < 0 ? index + length : index;
	if (actual < 0 || actual >= length) raise(indexError, `${what} index out of range`);
	return actual;
}

/** `obj[key]`. */
export function getItem(obj: PyValue, key: PyValue): PyValue {
	if (obj instanceof PyList) {
		if (typeof key === 'number') {
			const items = obj.items;
			const index = key < 0 ? key + items.length : key;
			if (index >= 0 && index < items.length) return items[index]!;
			return raise(indexError, 'list index out of range');
		}
		if (key instanceof PySlice) return new PyList(sliceItems(obj.items, key));
		return obj.items[normalizeIndex(indexValue(key, 'list'), obj.items.length, 'list')]!;
	}
	if (obj instanceof PyDict) return dictGetItem(obj, key);
	if (typeof obj === 'string') {
		if (key instanceof PySlice) {
			const chars = /[\ud800-\udfff]/.test(obj) ? Array.from(obj) : obj.split('');
			return sliceItems(chars, key).join('');
		}
		if (/[\ud800-\udfff]/.test(obj)) {
			const chars = Array.from(obj);
			return chars[normalizeIndex(indexValue(key, 'string'), chars.length, 'string')]!;
		}
		return obj[normalizeIndex(indexValue(key, 'string'), obj.length, 'string')]!;
	}
	if (obj instanceof PyTuple) {
		if (key instanceof PySlice) return new PyTuple(sliceItems(obj.items, key));
		return obj.items[normalizeIndex(indexValue(key, 'tuple'), obj.items.length, 'tuple')]!;
	}
	if (obj instanceof PyRange) {
		if (key instanceof PySlice) {
			const [start, stop, step] = sliceIndices(key, obj.length);
			return new PyRange(obj.start + start * obj.step, obj.start + stop * obj.step, obj.step * step);
		}
		const index = normalizeIndex(indexValue(key, 'range'), obj.length, 'range object');
		return obj.start + index * obj.step;
	}
	if (obj instanceof PyBytes) {
		if (key instanceof PySlice) return new PyBytes(Uint8Array.from(sliceItems(Array.from(obj.bytes), key)));
		return obj.bytes[normalizeIndex(indexValue(key, 'byte'), obj.bytes.length, 'index')]!;
	}
	if (obj instanceof PyType) {
		const classGetItem = obj.lookup('__class_getitem__');
		if (classGetItem !== undefined) return callObject(classGetItem, [obj, key]);
		if (obj.builtin) return obj;
	}
	if (obj instanceof PyObject) {
		const method = obj.cls.lookup('__getitem__');
		if (method !== undefined) return callObject(method, [obj, key]);
	}
	return raise(typeError, `'${typeOf(obj).name}' object is not subscriptable`);
}

/** `obj[key] = value`. */
export function setItem(obj: PyValue, key: PyValue, value: PyValue): void {
	if (obj instanceof PyList) {
		if (key instanceof PySlice) {
			const [start, stop, step] = sliceIndices(key, obj.items.length);
			const replacement = toArray(value);
			if (step === 1) {
				obj.items.splice(start, Math.max(0, stop - start), ...replacement);
				return;
			}
			const targets: number[] = [];
			if (step > 0) for (let index = start; index < stop; index += step) targets.push(index);
			else for (let index = start; index > stop; index += step) targets.push(index);
			if (targets.length !== replacement.length) raise(valueError, `attempt to assign sequence of size ${replacement.length} to extended slice of size ${targets.length}`);
			targets.forEach((target, index) => (obj.items[target] = replacement[index]!));
			return;
		}
		obj.items[normalizeIndex(indexValue(key, 'list'), obj.items.length, 'list assignment')] = value;
		return;
	}
	if (obj instanceof PyDict) {
		dictSet(obj, key, value);
		return;
	}
	if (obj instanceof PyObject) {
		const method = obj.cls.lookup('__setitem__');
		if (method !== undefined) {
			callObject(method, [obj, key, value]);
			return;
		}
	}
	raise(typeError, `'${typeOf(obj).name}' object does not support item assignment`);
}

/** `del obj[key]`. */
export function delItem(obj: PyValue, key: PyValue): void {
	if (obj instanceof PyList) {
		if (key instanceof PySlice) {
			const [start, stop, step] = sliceIndices(key, obj.items.length);
			if (step === 1) obj.items.splice(start, Math.max(0, stop - start));
			else {
				const doomed = new Set<number>();
				if (step > 0) for (let index = start; index < stop; index += step) doomed.add(index);
				else for (let index = start; index > stop; index += step) doomed.add(index);
				obj.items = obj.items.filter((_, index) => !doomed.has(index));
			}
			return;
		}
		obj.items.splice(normalizeIndex(indexValue(key, 'list'), obj.items.length, 'list assignment'), 1);
		return;
	}
	if (obj instanceof PyDict) {
		dictDelete(obj, key);
		return;
	}
	if (obj instanceof PyObject) {
		const method = obj.cls.lookup('__delitem__');
		if (method !== undefined) {
			callObject(method, [obj, key]);
			return;
		}
	}
	raise(typeError, `'${typeOf(obj).name}' object doesn't support item deletion`);
}
