import {builtinFunction, defineGetter, defineMethods} from '../builtins/define.js';
import {dictType, tupleType} from '../runtime/builtin-types.js';
import {binaryOp} from '../runtime/arithmetic.js';
import {lessThan, pyEquals} from '../runtime/comparison.js';
import {dictItems} from '../runtime/dict-items.js';
import {dictGet, dictSet} from '../runtime/dict-ops.js';
import {indexError, typeError, valueError} from '../runtime/exception-types.js';
import {arrayIterator, toArray} from '../runtime/iteration.js';
import {PyDict, PyList, PyTuple} from '../runtime/py-containers.js';
import {notImplemented, PyModule} from '../runtime/py-instance.js';
import {PyObject, type PyValue} from '../runtime/py-object.js';
import {PyType} from '../runtime/py-type.js';
import {raise} from '../runtime/raise.js';
import {repr} from '../runtime/repr.js';
import {indexValue} from '../runtime/subscript.js';
import {truthy} from '../runtime/truthiness.js';
import {moduleClass} from './native-object.js';

const dequeType = moduleClass('deque', 'collections');

/** `collections.deque`, optionally bounded by `maxlen` (appending to a full deque drops the other end). */
class PyDeque extends PyObject {
	constructor(
		public items: PyValue[],
		readonly maxlen: number | null,
	) {
		super();
	}

	get cls(): PyType {
		return dequeType;
	}

	trim(fromLeft: boolean): void {
		if (this.maxlen === null) return;
		while (this.items.length > this.maxlen) {
			if (fromLeft) this.items.shift();
			else this.items.pop();
		}
	}

	describe(): string {
		return `deque([${this.items.map(repr).join(', ')}]${this.maxlen === null ? '' : `, maxlen=${this.maxlen}`})`;
	}
}

const asDeque = (self: PyValue) => self as PyDeque;

dequeType.nativeNew = (_cls, args, kwargs) => {
	const maxlen = args[1] ?? kwargs?.get('maxlen') ?? null;
	const deque = new PyDeque(args.length > 0 ? toArray(args[0]!) : [], maxlen === null ? null : Number(maxlen));
	deque.trim(true);
	return deque;
};
defineMethods(dequeType, {
	append: (self, args) => {
		asDeque(self).items.push(args[0]!);
		asDeque(self).trim(true);
		return null;
	},
	appendleft: (self, args) => {
		asDeque(self).items.unshift(args[0]!);
		asDeque(self).trim(false);
		return null;
	},
	pop: self => {
		if (asDeque(self).items.length === 0) raise(indexError, 'pop from an empty deque');
		return asDeque(self).items.pop()!;
	},
	popleft: self => {
		if (asDeque(self).items.length === 0) raise(indexError, 'pop from an empty deque');
		return asDeque(self).items.shift()!;
	},
	extend: (self, args) => {
		asDeque(self).items.push(...toArray(args[0]!));
		asDeque(self).trim(true);
		return null;
	},
	extendleft: (self, args) => {
		for (const item of toArray(args[0]!)) asDeque(self).items.unshift(item);
		asDeque(self).trim(false);
		return null;
	},
	rotate: (self, args) => {
		const items = asDeque(self).items;
		if (items.length === 0) return null;
		const steps = ((Number(args[0] ?? 1) % items.length) + items.length) % items.length;
		asDeque(self).items = [...items.slice(items.length - steps), ...items.slice(0, items.length - steps)];
		return null;
	},
	clear: self => {
		asDeque(self).items = [];
		return null;
	},
	count: (self, args) => asDeque(self).items.filter(item => pyEquals(item, args[0]!)).length,
	remove: (self, args) => {
		const index = asDeque(self).items.findIndex(item => pyEquals(item, args[0]!));
		if (index < 0) raise(valueError, `${repr(args[0]!)} is not in deque`);
		asDeque(self).items.splice(index, 1);
		return null;
	},
	reverse: self => {
		asDeque(self).items.reverse();
		return null;
	},
	copy: self => new PyDeque(asDeque(self).items.slice(), asDeque(self).maxlen),
	__len__: self => asDeque(self).items.length,
	__iter__: self => arrayIterator('_collections._deque_iterator', asDeque(self).items.slice()),
	__contains__: (self, args) => asDeque(self).items.some(item => pyEquals(item, args[0]!)),
	__getitem__: (self, args) => {
		const items = asDeque(self).items;
		let index = indexValue(args[0]!, 'deque');
		if (index < 0) index += items.length;
		if (index < 0 || index >= items.length) raise(indexError, 'deque index out of range');
		return items[index]!;
	},
	__setitem__: (self, args) => {
		const items = asDeque(self).items;
		let index = indexValue(args[0]!, 'deque');
		if (index < 0) index += items.length;
		items[index] = args[1]!;
		return null;
	},
	__eq__: (self, args) => args[0] instanceof PyDeque && asDeque(self).items.length === args[0].items.length && asDeque(self).items.every((item, index) => pyEquals(item, (args[0] as PyDeque).items[index]!)),
});
defineGetter(dequeType, 'maxlen', self => asDeque(self).maxlen);

function dictSubclass(name: string): PyType {
	const type = new PyType(name, [dictType], true);
	type.module = 'collections';
	return type;
}

function updateCounts(counter: PyDict, source: PyValue, sign: 1 | -1): void {
	if (source instanceof PyDict) {
		for (const [key, value] of dictItems(source)) dictSet(counter, key, binaryOp(sign > 0 ? '+' : '-', dictGet(counter, key) ?? 0, value));
		return;
	}
	for (const item of toArray(source)) dictSet(counter, item, binaryOp(sign > 0 ? '+' : '-', dictGet(counter, item) ?? 0, 1));
}

const defaultdictType = dictSubclass('defaultdict');
defaultdictType.nativeNew = (cls, args, kwargs) => {
	const dict = new PyDict();
	dict.subclass = cls;
	dict.defaultFactory = args[0] ?? null;
	if (args.length > 1) for (const [key, value] of dictItems(args[1]!)) dictSet(dict, key, value);
	if (kwargs) for (const [key, value] of kwargs) dictSet(dict, key, value);
	return dict;
};
defineGetter(defaultdictType, 'default_factory', self => (self as PyDict).defaultFactory ?? null);

const counterType = dictSubclass('Counter');
counterType.nativeNew = (cls, args, kwargs) => {
	const counter = new PyDict();
	counter.subclass = cls;
	if (args.length > 0) updateCounts(counter, args[0]!, 1);
	if (kwargs) for (const [key, value] of kwargs) dictSet(counter, key, value);
	return counter;
};
function mostCommon(counter: PyDict): PyTuple[] {
	return [...counter.map.values()].sort((a, b) => (lessThan(a.value, b.value) ? 1 : lessThan(b.value, a.value) ? -1 : 0)).map(entry => new PyTuple([entry.key, entry.value]));
}
defineMethods(counterType, {
	__missing__: () => 0,
	most_common: (self, args) => {
		const entries = mostCommon(self as PyDict);
		return new PyList(args[0] === undefined || args[0] === null ? entries : entries.slice(0, Number(args[0])));
	},
	elements: self => {
		const items: PyValue[] = [];
		for (const entry of (self as PyDict).map.values()) for (let count = 0; count < Number(entry.value); count++) items.push(entry.key);
		return arrayIterator('itertools.chain', items);
	},
	update: (self, args, kwargs) => {
		if (args.length > 0) updateCounts(self as PyDict, args[0]!, 1);
		if (kwargs) for (const [key, value] of kwargs) dictSet(self as PyDict, key, binaryOp('+', dictGet(self as PyDict, key) ?? 0, value));
		return null;
	},
	subtract: (self, args) => {
		updateCounts(self as PyDict, args[0]!, -1);
		return null;
	},
	total: self => [...(self as PyDict).map.values()].reduce<PyValue>((sum, entry) => binaryOp('+', sum, entry.value), 0),
	__add__: (self, args) => counterCombine(self as PyDict, args[0]!, (a, b) => binaryOp('+', a, b)),
	__sub__: (self, args) => counterCombine(self as PyDict, args[0]!, (a, b) => binaryOp('-', a, b)),
	__or__: (self, args) => counterCombine(self as PyDict, args[0]!, (a, b) => (lessThan(a, b) ? b : a)),
	__and__: (self, args) => counterCombine(self as PyDict, args[0]!, (a, b) => (lessThan(a, b) ? a : b), true),
	__pos__: self => counterCombine(self as PyDict, new PyDict(), a => a),
	__neg__: self => counterCombine(self as PyDict, new PyDict(), a => binaryOp('-', 0, a)),
});

/**
 * Counter's `+ - | &` (Lib/collections `Counter.__add__` …): combine the counts key by key, first
 * the left's keys then the right's new ones, and keep only the positive results.
 */
function counterCombine(left: PyDict, right: PyValue, combine: (a: PyValue, b: PyValue) => PyValue, bothOnly = false): PyValue {
	if (!(right instanceof PyDict)) return notImplemented;
	const result = new PyDict();
	result.subclass = counterType;
	for (const [key, value] of dictItems(left)) {
		const other = dictGet(right, key);
		if (bothOnly && other === undefined) continue;
		const combined = combine(value, other ?? 0);
		if (lessThan(0, combined)) dictSet(result, key, combined);
	}
	if (!bothOnly) {
		for (const [key, value] of dictItems(right)) {
			if (dictGet(left, key) !== undefined) continue;
			const combined = combine(0, value);
			if (lessThan(0, combined)) dictSet(result, key, combined);
		}
	}
	return result;
}

const orderedDictType = dictSubclass('OrderedDict');
orderedDictType.nativeNew = (cls, args, kwargs) => {
	const dict = new PyDict();
	dict.subclass = cls;
	if (args.length > 0) {
		const source = args[0]!;
		if (source instanceof PyDict) for (const [key, value] of dictItems(source)) dictSet(dict, key, value);
		else for (const pair of toArray(source)) {
			const [key, value] = toArray(pair) as [PyValue, PyValue];
			dictSet(dict, key, value);
		}
	}
	if (kwargs) for (const [key, value] of kwargs) dictSet(dict, key, value);
	return dict;
};
defineMethods(orderedDictType, {
	move_to_end: (self, args, kwargs) => {
		const dict = self as PyDict;
		const last = truthy(args[1] ?? kwargs?.get('last') ?? true);
		const entries = [...dict.map.entries()];
		const index = entries.findIndex(([, entry]) => pyEquals(entry.key, args[0]!));
		if (index < 0) raise(typeError, repr(args[0]!));
		const [moved] = entries.splice(index, 1);
		if (last) entries.push(moved!);
		else entries.unshift(moved!);
		dict.map.clear();
		for (const [key, entry] of entries) dict.map.set(key, entry);
		return null;
	},
	popitem: (self, args, kwargs) => {
		const dict = self as PyDict;
		const last = truthy(args[0] ?? kwargs?.get('last') ?? true);
		const entries = [...dict.map.entries()];
		if (entries.length === 0) raise(indexError, 'dictionary is empty');
		const [key, entry] = last ? entries[entries.length - 1]! : entries[0]!;
		dict.map.delete(key);
		return new PyTuple([entry.key, entry.value]);
	},
});

/** `namedtuple(name, fields)`: a tuple subclass with named, read-only fields. */
export function namedtuple(args: PyValue[], kwargs: Map<string, PyValue> | null): PyType {
	const name = args[0] as string;
	const spec = args[1] ?? kwargs?.get('field_names') ?? '';
	const fields = typeof spec === 'string' ? spec.replace(/,/g, ' ').split(/\s+/).filter(Boolean) : toArray(spec).map(String);
	const defaults = kwargs?.get('defaults');
	const defaultValues = defaults === undefined || defaults === null ? [] : toArray(defaults);
	const type = new PyType(name, [tupleType], true);
	type.module = '__main__';
	type.dict.set('_fields', new PyTuple(fields));
	fields.forEach((field, index) => defineGetter(type, field, self => (self as PyTuple).items[index]!));
	type.nativeNew = (cls, values, keywords) => {
		const items: (PyValue | undefined)[] = values.slice();
		if (items.length > fields.length) raise(typeError, `${name}.__new__() takes ${fields.length + 1} positional arguments but ${items.length + 1} were given`);
		for (const [key, value] of keywords ?? []) {
			const index = fields.indexOf(key);
			if (index < 0) raise(typeError, `${name}.__new__() got an unexpected keyword argument '${key}'`);
			items[index] = value;
		}
		const firstDefault = fields.length - defaultValues.length;
		for (let index = 0; index < fields.length; index++) {
			if (items[index] !== undefined) continue;
			if (index >= firstDefault) items[index] = defaultValues[index - firstDefault]!;
			else raise(typeError, `${name}.__new__() missing 1 required positional argument: '${fields[index]}'`);
		}
		return new PyTuple(items as PyValue[], cls);
	};
	defineMethods(type, {
		_asdict: self => {
			const dict = new PyDict();
			fields.forEach((field, index) => dictSet(dict, field, (self as PyTuple).items[index]!));
			return dict;
		},
		_replace: (self, _args, keywords) => {
			const items = (self as PyTuple).items.slice();
			for (const [key, value] of keywords ?? []) items[fields.indexOf(key)] = value;
			return new PyTuple(items, type);
		},
	});
	return type;
}

export function collectionsModule(): PyModule {
	return new PyModule('collections', [
		['deque', dequeType],
		['defaultdict', defaultdictType],
		['Counter', counterType],
		['OrderedDict', orderedDictType],
		['namedtuple', builtinFunction('namedtuple', namedtuple)],
	]);
}
