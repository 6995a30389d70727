import {iteratorType} from './builtin-types.js';
import {callObject} from './call.js';
import {runtimeError, stopIteration, typeError} from './exception-types.js';
import {PyBytes, PyDict, PyList, PyRange, PySet, PyTuple} from './py-containers.js';
import {PyExceptionObject} from './py-instance.js';
import {PyObject, type PyValue} from './py-object.js';
import {PyType} from './py-type.js';
import {raise} from './raise.js';
import {typeOf} from './type-of.js';
import {setMembers} from './set-order.js';
import {checkSequenceLength, maxSequenceLength} from './simulation-stop.js';

/** An iterator implemented in TypeScript; `undefined` from `nextValue` means exhausted. */
export abstract class PyIteratorObject extends PyObject {
	abstract nextValue(): PyValue | undefined;
}

const iteratorTypes = new Map<string, PyType>();

/** `list_iterator`, `range_iterator` ...: one class per kind, all sharing `iterator`'s methods. */
export function iteratorTypeNamed(name: string): PyType {
	let type = iteratorTypes.get(name);
	if (!type) {
		type = new PyType(name, [iteratorType], true);
		iteratorTypes.set(name, type);
	}
	return type;
}

export class PyIterator extends PyIteratorObject {
	private readonly type: PyType;

	constructor(
		typeName: string,
		readonly nextValue: () => PyValue | undefined,
	) {
		super();
		this.type = iteratorTypeNamed(typeName);
	}

	get cls(): PyType {
		return this.type;
	}
}

export function arrayIterator(typeName: string, items: readonly PyValue[]): PyIterator {
	let index = 0;
	return new PyIterator(typeName, () => (index < items.length ? items[index++] : undefined));
}

function strIterator(text: string): PyIterator {
	const chars = Array.from(text);
	return arrayIterator('str_ascii_iterator', chars);
}

function rangeIterator(range: PyRange): PyIterator {
	let current = range.start;
	const {stop, step} = range;
	return new PyIterator('range_iterator', () => {
		if (step > 0 ? current >= stop : current <= stop) return undefined;
		const value = current;
		current += step;
		return value;
	});
}

function dictKeyIterator(dict: PyDict): PyIterator {
	return dictEntryIterator(dict, 'dict_keyiterator', (key: PyValue) => key);
}

/** Iterates a dict's entries live, as CPython does: a change of size on the way is a RuntimeError. */
export function dictEntryIterator(dict: PyDict, name: string, project: (key: PyValue, value: PyValue) => PyValue): PyIterator {
	const iterator = dict.map.values();
	const size = dict.map.size;
	return new PyIterator(name, () => {
		if (dict.map.size !== size) raise(runtimeError, 'dictionary changed size during iteration');
		const next = iterator.next();
		return next.done ? undefined : project(next.value.key, next.value.value);
	});
}

function setIterator(set: PySet): PyIterator {
	const members = setMembers(set);
	const size = set.map.size;
	let index = 0;
	return new PyIterator('set_iterator', () => {
		if (set.map.size !== size) raise(runtimeError, 'Set changed size during iteration');
		return index < members.length ? members[index++] : undefined;
	});
}

/** Wraps an object whose class defines `__next__`; StopIteration ends it. */
class UserIterator extends PyIteratorObject {
	constructor(private readonly target: PyValue) {
		super();
	}

	get cls(): PyType {
		return typeOf(this.target);
	}

	nextValue(): PyValue | undefined {
		try {
			return callObject(typeOf(this.target).lookup('__next__')!, [this.target]);
		} catch (error) {
			if (error instanceof PyExceptionObject && error.type.isSubtypeOf(stopIteration)) return undefined;
			throw error;
		}
	}
}

/** `iter(value)`. Returns the native iterator to drive from TypeScript. */
export function getIterator(value: PyValue): PyIteratorObject {
	if (value instanceof PyIteratorObject) return value;
	if (value instanceof PyList) {
		const items = value.items;
		let index = 0;
		return new PyIterator('list_iterator', () => (index < items.length ? items[index++] : undefined));
	}
	if (value instanceof PyTuple) return arrayIterator('tuple_iterator', value.items);
	if (typeof value === 'string') return strIterator(value);
	if (value instanceof PyRange) return rangeIterator(value);
	if (value instanceof PyDict) return value.subclass ? userOrNative(value) ?? dictKeyIterator(value) : dictKeyIterator(value);
	if (value instanceof PySet) return setIterator(value);
	if (value instanceof PyBytes) return arrayIterator('bytes_iterator', Array.from(value.bytes));
	const user = userOrNative(value);
	if (user) return user;
	return raise(typeError, `'${typeOf(value).name}' object is not iterable`);
}

function userOrNative(value: PyValue): PyIteratorObject | undefined {
	if (!(value instanceof PyObject)) return undefined;
	const type = value.cls;
	const iter = type.lookup('__iter__');
	if (iter !== undefined && iter !== null) {
		const iterator = callObject(iter, [value]);
		if (iterator instanceof PyIteratorObject) return iterator;
		if (typeOf(iterator).lookup('__next__') === undefined) raise(typeError, `iter() returned non-iterator of type '${typeOf(iterator).name}'`);
		return new UserIterator(iterator);
	}
	const getitem = type.lookup('__getitem__');
	if (getitem !== undefined && !type.builtin) {
		let index = 0;
		return new PyIterator('iterator', () => {
			try {
				return callObject(getitem, [value, index++]);
			} catch (error) {
				if (error instanceof PyExceptionObject && (error.type.name === 'IndexError' || error.type.isSubtypeOf(stopIteration))) return undefined;
				throw error;
			}
		});
	}
	return undefined;
}

/** All items of an iterable, as `list(value)` would collect them. */
export function toArray(value: PyValue): PyValue[] {
	if (value instanceof PyList) return value.items.slice();
	if (value instanceof PyTuple) return value.items.slice();
	if (typeof value === 'string') return Array.from(value);
	const iterator = getIterator(value);
	const items: PyValue[] = [];
	for (let item = iterator.nextValue(); item !== undefined; item = iterator.nextValue()) {
		if (items.push(item) > maxSequenceLength) checkSequenceLength(items.length);
	}
	return items;
}

/** `next(iterator)` on anything with `__next__`; undefined when exhausted. */
export function nextOf(iterator: PyValue): PyValue | undefined {
	if (iterator instanceof PyIteratorObject) return iterator.nextValue();
	const next = typeOf(iterator).lookup('__next__');
	if (next === undefined) raise(typeError, `'${typeOf(iterator).name}' object is not an iterator`);
	return new UserIterator(iterator).nextValue();
}
