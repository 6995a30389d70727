import {surroundingAgent} from '../../runtime/agent.js';
import {throwTypeError} from '../../runtime/errors.js';
import {JSFunction} from '../../values/js-function.js';
import {JSObject} from '../../values/js-object.js';
import {call, get, prototypeFromConstructor} from '../../values/object-operations.js';
import {iterableToList} from '../../values/iterator-operations.js';
import type {Value} from '../../values/value.js';
import {arg, defineConstructor, defineGetter, defineMethod, defineValue, plainObject} from '../define.js';
import {createHostIterator} from '../iterators/host-iterator.js';
import {CollectionIterator} from './collection-iterator.js';
import {MapData, SetData} from './collection-slots.js';

function normalizeKey(key: Value): Value {
	return typeof key === 'number' && key === 0 ? 0 : key;
}

function thisMap(value: Value, method: string, weak: boolean): MapData {
	const internal = value instanceof JSObject ? value.internal : undefined;
	if (!(internal instanceof MapData) || internal.weak !== weak) throwTypeError(`Method ${weak ? 'WeakMap' : 'Map'}.prototype.${method} called on incompatible receiver`);
	return internal;
}

function thisSet(value: Value, method: string, weak: boolean): SetData {
	const internal = value instanceof JSObject ? value.internal : undefined;
	if (!(internal instanceof SetData) || internal.weak !== weak) throwTypeError(`Method ${weak ? 'WeakSet' : 'Set'}.prototype.${method} called on incompatible receiver`);
	return internal;
}

function installMap(global: JSObject, weak: boolean): JSObject {
	const name = weak ? 'WeakMap' : 'Map';
	const proto = plainObject();
	defineConstructor(
		global,
		name,
		0,
		(_this, args, newTarget) => {
			if (!newTarget) throwTypeError(`Constructor ${name} requires 'new'`);
			const map = new JSObject(prototypeFromConstructor(newTarget, proto));
			map.className = name;
			map.internal = new MapData(new Map(), weak);
			const iterable = arg(args, 0);
			if (iterable !== undefined && iterable !== null) {
				const adder = get(map, 'set');
				for (const entry of iterableToList(iterable, true)) {
					if (!(entry instanceof JSObject)) throwTypeError(`Iterator value ${String(entry)} is not an entry object`);
					call(adder, map, [get(entry, '0'), get(entry, '1')]);
				}
			}
			return map;
		},
		proto,
	);
	defineMethod(proto, 'get', 1, (self, args) => thisMap(self, 'get', weak).entries.get(normalizeKey(arg(args, 0))));
	defineMethod(proto, 'set', 2, (self, args) => {
		const key = normalizeKey(arg(args, 0));
		if (weak && !(key instanceof JSObject)) throwTypeError(`Invalid value used as weak map key`);
		thisMap(self, 'set', weak).entries.set(key, arg(args, 1));
		return self;
	});
	defineMethod(proto, 'has', 1, (self, args) => thisMap(self, 'has', weak).entries.has(normalizeKey(arg(args, 0))));
	defineMethod(proto, 'delete', 1, (self, args) => thisMap(self, 'delete', weak).entries.delete(normalizeKey(arg(args, 0))));
	defineValue(proto, Symbol.toStringTag, name, 4);
	if (weak) return proto;
	defineMethod(proto, 'clear', 0, self => (thisMap(self, 'clear', weak).entries.clear(), undefined));
	defineGetter(proto, 'size', self => thisMap(self, 'size', weak).entries.size);
	defineMethod(proto, 'forEach', 1, (self, args) => {
		const callback = arg(args, 0);
		if (!(callback instanceof JSFunction)) throwTypeError(`${String(callback)} is not a function`);
		for (const [key, value] of thisMap(self, 'forEach', weak).entries) callback.callAs(arg(args, 1), [value, key, self]);
		return undefined;
	});
	const entries = defineMethod(proto, 'entries', 0, self => createHostIterator('Map Iterator', new CollectionIterator(thisMap(self, 'entries', weak).entries, 'entries')));
	defineMethod(proto, 'keys', 0, self => createHostIterator('Map Iterator', new CollectionIterator(thisMap(self, 'keys', weak).entries, 'keys')));
	defineMethod(proto, 'values', 0, self => createHostIterator('Map Iterator', new CollectionIterator(thisMap(self, 'values', weak).entries, 'values')));
	defineValue(proto, Symbol.iterator, entries);
	return proto;
}



function installSet(global: JSObject, weak: boolean): JSObject {
	const name = weak ? 'WeakSet' : 'Set';
	const proto = plainObject();
	defineConstructor(
		global,
		name,
		0,
		(_this, args, newTarget) => {
			if (!newTarget) throwTypeError(`Constructor ${name} requires 'new'`);
			const set = new JSObject(prototypeFromConstructor(newTarget, proto));
			set.className = name;
			set.internal = new SetData(new Set(), weak);
			const iterable = arg(args, 0);
			if (iterable !== undefined && iterable !== null) {
				const adder = get(set, 'add');
				for (const value of iterableToList(iterable, true)) call(adder, set, [value]);
			}
			return set;
		},
		proto,
	);
	defineMethod(proto, 'add', 1, (self, args) => {
		const value = normalizeKey(arg(args, 0));
		if (weak && !(value instanceof JSObject)) throwTypeError('Invalid value used in weak set');
		thisSet(self, 'add', weak).values.add(value);
		return self;
	});
	defineMethod(proto, 'has', 1, (self, args) => thisSet(self, 'has', weak).values.has(normalizeKey(arg(args, 0))));
	defineMethod(proto, 'delete', 1, (self, args) => thisSet(self, 'delete', weak).values.delete(normalizeKey(arg(args, 0))));
	defineValue(proto, Symbol.toStringTag, name, 4);
	if (weak) return proto;
	defineMethod(proto, 'clear', 0, self => (thisSet(self, 'clear', weak).values.clear(), undefined));
	defineGetter(proto, 'size', self => thisSet(self, 'size', weak).values.size);
	defineMethod(proto, 'forEach', 1, (self, args) => {
		const callback = arg(args, 0);
		if (!(callback instanceof JSFunction)) throwTypeError(`${String(callback)} is not a function`);
		for (const value of thisSet(self, 'forEach', weak).values) callback.callAs(arg(args, 1), [value, value, self]);
		return undefined;
	});
	const values = defineMethod(proto, 'values', 0, self => createHostIterator('Set Iterator', new CollectionIterator(thisSet(self, 'values', weak).values, 'values')));
	defineValue(proto, 'keys', values);
	defineMethod(proto, 'entries', 0, self => createHostIterator('Set Iterator', new CollectionIterator(thisSet(self, 'entries', weak).values, 'entries')));
	defineValue(proto, Symbol.iterator, values);
	return proto;
}

/** Map, Set, WeakMap and WeakSet (§24.1–§24.4). */
export function installCollections(global: JSObject): void {
	const realm = surroundingAgent.realm;
	realm.mapPrototype = installMap(global, false);
	realm.setPrototype = installSet(global, false);
	realm.weakMapPrototype = installMap(global, true);
	realm.weakSetPrototype = installSet(global, true);
}
