import {dictType, frozensetType, objectType, setType} from '../runtime/builtin-types.js';
import {PyObject} from '../runtime/py-object.js';
import {PyType} from '../runtime/py-type.js';
import {repr} from '../runtime/repr.js';
import {dictItems} from '../runtime/dict-items.js';
import {dictDelete, dictGet, dictSet, setAdd} from '../runtime/dict-ops.js';
import {keyError} from '../runtime/exception-types.js';
import {hashKey} from '../runtime/hash-key.js';
import {arrayIterator, dictEntryIterator, toArray} from '../runtime/iteration.js';
import {PyDict, PySet, PyTuple} from '../runtime/py-containers.js';
import type {PyValue} from '../runtime/py-object.js';
import {keyErrorOf, newException, raise} from '../runtime/raise.js';
import {defineMethods} from './define.js';
import {PyBuiltinFunction, PyClassMethod} from '../runtime/py-callables.js';
import {binaryOp, inplaceOp} from '../runtime/arithmetic.js';

const asDict = (self: PyValue) => self as PyDict;
const asSet = (self: PyValue) => self as PySet;

type ViewKind = 'dict_keys' | 'dict_values' | 'dict_items';

const projections: Record<ViewKind, (key: PyValue, value: PyValue) => PyValue> = {
	dict_keys: key => key,
	dict_values: (_, value) => value,
	dict_items: (key, value) => new PyTuple([key, value]),
};


const viewTypes = new Map<string, PyType>();

/** Any iterable as a new set, for the set operators of views. */
function setOf(value: PyValue): PySet {
	const set = new PySet(false);
	for (const item of toArray(value)) setAdd(set, item);
	return set;
}

/** `dict_keys`, `dict_values`, `dict_items`. */
export class DictView extends PyObject {
	constructor(
		readonly kind: ViewKind,
		readonly source: PyDict,
	) {
		super();
	}

	/** What the view shows now: views are live, so this reads the dict each time. */
	get items(): PyValue[] {
		const project = projections[this.kind];
		return [...this.source.map.values()].map(entry => project(entry.key, entry.value));
	}

	get cls(): PyType {
		let type = viewTypes.get(this.kind);
		if (!type) {
			type = new PyType(this.kind, [objectType], true);
			defineMethods(type, {
				__iter__: self => dictEntryIterator((self as DictView).source, `${this.kind.replace('dict_', 'dict_')}iterator`, projections[(self as DictView).kind]),
				__len__: self => (self as DictView).source.map.size,
				__contains__: (self, args) => (self as DictView).items.some(item => hashKey(item) === hashKey(args[0]!)),
			});
			// Keys and items views are set-like (collections.abc.Set): `& | - ^` give a set.
			if (this.kind !== 'dict_values') {
				for (const [name, op] of [['and', '&'], ['or', '|'], ['sub', '-'], ['xor', '^']] as const) {
					defineMethods(type, {
						[`__${name}__`]: (self, args) => binaryOp(op, setOf(self), setOf(args[0]!)),
						[`__r${name}__`]: (self, args) => binaryOp(op, setOf(args[0]!), setOf(self)),
					});
				}
			}
			viewTypes.set(this.kind, type);
		}
		return type;
	}

	describe(): string {
		return `${this.kind}([${this.items.map(repr).join(', ')}])`;
	}
}

defineMethods(dictType, {
	get: (self, args) => {
		const value = dictGet(asDict(self), args[0]!);
		return value === undefined ? (args[1] ?? null) : value;
	},
	keys: self => new DictView('dict_keys', asDict(self)),
	values: self => new DictView('dict_values', asDict(self)),
	items: self => new DictView('dict_items', asDict(self)),
	pop: (self, args) => {
		const dict = asDict(self);
		const value = dictGet(dict, args[0]!);
		if (value === undefined) {
			if (args.length > 1) return args[1]!;
			return keyErrorOf(args[0]!);
		}
		dictDelete(dict, args[0]!);
		return value;
	},
	popitem: self => {
		const dict = asDict(self);
		const last = [...dict.map.entries()].pop();
		if (!last) raise(keyError, 'popitem(): dictionary is empty');
		dict.map.delete(last![0]);
		return new PyTuple([last![1].key, last![1].value]);
	},
	setdefault: (self, args) => {
		const dict = asDict(self);
		const existing = dictGet(dict, args[0]!);
		if (existing !== undefined) return existing;
		dictSet(dict, args[0]!, args[1] ?? null);
		return args[1] ?? null;
	},
	update: (self, args, kwargs) => {
		const dict = asDict(self);
		if (args.length > 0) {
			const source = args[0]!;
			if (source instanceof PyDict || (source instanceof PyObject && source.cls.lookup('keys') !== undefined)) for (const [key, value] of dictItems(source)) dictSet(dict, key, value);
			else for (const pair of toArray(source)) {
				const [key, value] = toArray(pair) as [PyValue, PyValue];
				dictSet(dict, key, value);
			}
		}
		if (kwargs) for (const [key, value] of kwargs) dictSet(dict, key, value);
		return null;
	},
	clear: self => {
		asDict(self).map.clear();
		return null;
	},
	copy: self => {
		const copy = new PyDict();
		copy.subclass = asDict(self).subclass;
		copy.defaultFactory = asDict(self).defaultFactory;
		for (const [key, entry] of asDict(self).map) copy.map.set(key, {key: entry.key, value: entry.value});
		return copy;
	},
	__contains__: (self, args) => asDict(self).map.has(hashKey(args[0]!)),
	__len__: self => asDict(self).map.size,
	__getitem__: (self, args) => {
		const value = dictGet(asDict(self), args[0]!);
		if (value === undefined) throw newException(keyError, args[0]!);
		return value;
	},
	__setitem__: (self, args) => {
		dictSet(asDict(self), args[0]!, args[1]!);
		return null;
	},
	__iter__: self => arrayIterator('dict_keyiterator', [...asDict(self).map.values()].map(entry => entry.key)),
});

dictType.dict.set(
	'fromkeys',
	new PyClassMethod(
		new PyBuiltinFunction('fromkeys', args => {
			const dict = new PyDict();
			for (const key of toArray(args[1]!)) dictSet(dict, key, args[2] ?? null);
			return dict;
		}),
	),
);

function setMethods(type: PyType): void {
	defineMethods(type, {
		copy: self => {
			const copy = new PySet(asSet(self).frozen);
			for (const [key, value] of asSet(self).map) copy.map.set(key, value);
			return copy;
		},
		union: (self, args) => args.reduce<PyValue>((result, other) => binaryOp('|', result, toSet(other)), self),
		intersection: (self, args) => args.reduce<PyValue>((result, other) => binaryOp('&', result, toSet(other)), self),
		difference: (self, args) => args.reduce<PyValue>((result, other) => binaryOp('-', result, toSet(other)), self),
		symmetric_difference: (self, args) => binaryOp('^', self, toSet(args[0]!)),
		issubset: (self, args) => [...asSet(self).map.keys()].every(key => toSet(args[0]!).map.has(key)),
		issuperset: (self, args) => [...toSet(args[0]!).map.keys()].every(key => asSet(self).map.has(key)),
		isdisjoint: (self, args) => [...asSet(self).map.keys()].every(key => !toSet(args[0]!).map.has(key)),
		__len__: self => asSet(self).map.size,
		__contains__: (self, args) => asSet(self).map.has(hashKey(args[0]!)),
	});
}

function toSet(value: PyValue): PySet {
	if (value instanceof PySet) return value;
	const set = new PySet(false);
	for (const item of toArray(value)) setAdd(set, item);
	return set;
}

setMethods(setType);
setMethods(frozensetType);
defineMethods(setType, {
	add: (self, args) => {
		setAdd(asSet(self), args[0]!);
		return null;
	},
	remove: (self, args) => {
		if (!asSet(self).map.delete(hashKey(args[0]!))) keyErrorOf(args[0]!);
		return null;
	},
	discard: (self, args) => {
		asSet(self).map.delete(hashKey(args[0]!));
		return null;
	},
	pop: self => {
		const set = asSet(self);
		const first = set.map.entries().next();
		if (first.done) raise(keyError, 'pop from an empty set');
		set.map.delete(first.value![0]);
		return first.value![1];
	},
	clear: self => {
		asSet(self).map.clear();
		return null;
	},
	update: (self, args) => {
		for (const other of args) for (const item of toArray(other)) setAdd(asSet(self), item);
		return null;
	},
	intersection_update: (self, args) => {
		inplaceOp('&', self, toSet(args[0]!));
		return null;
	},
	difference_update: (self, args) => {
		inplaceOp('-', self, toSet(args[0]!));
		return null;
	},
});

