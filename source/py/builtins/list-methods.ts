import {callObject} from '../runtime/call.js';
import {lessThan, pyEquals} from '../runtime/comparison.js';
import {indexError, valueError} from '../runtime/exception-types.js';
import {toArray} from '../runtime/iteration.js';
import {listType, tupleType} from '../runtime/builtin-types.js';
import {PyList, PyTuple} from '../runtime/py-containers.js';
import type {PyValue} from '../runtime/py-object.js';
import {raise} from '../runtime/raise.js';
import {repr} from '../runtime/repr.js';
import {truthy} from '../runtime/truthiness.js';
import {defineMethods, kwarg} from './define.js';
import {indexValue} from '../runtime/subscript.js';

/** `list.sort(key=None, reverse=False)`: stable, comparing with `<` only (listobject.c). */
export function sortList(list: PyList, key: PyValue, reverse: boolean): void {
	const decorated = list.items.map((item, index) => ({item, key: key === null ? item : callObject(key, [item]), index}));
	decorated.sort((a, b) => {
		if (reverse) {
			if (lessThan(a.key, b.key)) return 1;
			if (lessThan(b.key, a.key)) return -1;
			return a.index - b.index;
		}
		if (lessThan(a.key, b.key)) return -1;
		if (lessThan(b.key, a.key)) return 1;
		return a.index - b.index;
	});
	list.items = decorated.map(entry => entry.item);
}

function findIndex(items: readonly PyValue[], value: PyValue, start = 0, stop = items.length): number {
	for (let index = Math.max(0, start); index < Math.min(stop, items.length); index++) if (items[index] === value || pyEquals(items[index]!, value)) return index;
	return -1;
}

function bound(value: PyValue | undefined, length: number, fallback: number): number {
	if (value === undefined || value === null) return fallback;
	const index = indexValue(value, 'slice');
	return index < 0 ? Math.max(0, index + length) : index;
}

const asList = (self: PyValue) => self as PyList;

defineMethods(listType, {
	append: (self, args) => {
		asList(self).items.push(args[0]!);
		return null;
	},
	extend: (self, args) => {
		asList(self).items.push(...toArray(args[0]!));
		return null;
	},
	insert: (self, args) => {
		const items = asList(self).items;
		let index = indexValue(args[0]!, 'list');
		if (index < 0) index = Math.max(0, index + items.length);
		items.splice(Math.min(index, items.length), 0, args[1]!);
		return null;
	},
	pop: (self, args) => {
		const items = asList(self).items;
		if (items.length === 0) raise(indexError, 'pop from empty list');
		if (args.length === 0) return items.pop()!;
		let index = indexValue(args[0]!, 'list');
		if (index < 0) index += items.length;
		if (index < 0 || index >= items.length) raise(indexError, 'pop index out of range');
		return items.splice(index, 1)[0]!;
	},
	remove: (self, args) => {
		const items = asList(self).items;
		const index = findIndex(items, args[0]!);
		if (index < 0) raise(valueError, 'list.remove(x): x not in list');
		items.splice(index, 1);
		return null;
	},
	index: (self, args) => {
		const items = asList(self).items;
		const index = findIndex(items, args[0]!, bound(args[1], items.length, 0), bound(args[2], items.length, items.length));
		if (index < 0) raise(valueError, `${repr(args[0]!)} is not in list`);
		return index;
	},
	count: (self, args) => asList(self).items.filter(item => pyEquals(item, args[0]!)).length,
	clear: self => {
		asList(self).items.length = 0;
		return null;
	},
	copy: self => new PyList(asList(self).items.slice()),
	reverse: self => {
		asList(self).items.reverse();
		return null;
	},
	sort: (self, _args, kwargs) => {
		sortList(asList(self), kwarg(kwargs, 'key', null), truthy(kwarg(kwargs, 'reverse', false)));
		return null;
	},
});

defineMethods(tupleType, {
	index: (self, args) => {
		const index = findIndex((self as PyTuple).items, args[0]!);
		if (index < 0) raise(valueError, 'tuple.index(x): x not in tuple');
		return index;
	},
	count: (self, args) => (self as PyTuple).items.filter(item => pyEquals(item, args[0]!)).length,
});
