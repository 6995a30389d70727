import {surroundingAgent} from '../runtime/agent.js';
import {throwTypeError} from '../runtime/errors.js';
import {JSArray} from '../values/js-array.js';
import {JSFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import {createArray, createPlainObject, get, prototypeFromConstructor, set} from '../values/object-operations.js';
import {Property, accessor, configurable, enumerable, writable} from '../values/property.js';
import {iterableToList} from '../values/iterator-operations.js';
import {toObject, toPropertyKey} from '../values/type-conversion.js';
import type {PropertyKey, Value} from '../values/value.js';
import {isErrorObject} from '../runtime/errors.js';
import {arg, defineConstructor, defineGetter, defineMethod} from './define.js';
import {sameValue} from './same-value.js';

/** ToPropertyDescriptor (§6.2.6.5) applied as [[DefineOwnProperty]]. */
function definePropertyFromDescriptor(object: JSObject, key: PropertyKey, descriptor: Value): void {
	if (!(descriptor instanceof JSObject)) throwTypeError(`Property description must be an object: ${String(descriptor)}`);
	const has = (name: string) => descriptor.getOwn(name) !== undefined || get(descriptor, name) !== undefined;
	const existing = object.getOwn(key);
	let flags = existing ? existing.flags & (enumerable | configurable | writable) : 0;
	const flag = (name: string, bit: number) => {
		if (!has(name)) return;
		flags = get(descriptor, name) ? flags | bit : flags & ~bit;
	};
	flag('enumerable', enumerable);
	flag('configurable', configurable);
	const getter = get(descriptor, 'get');
	const setter = get(descriptor, 'set');
	if (getter !== undefined || setter !== undefined) {
		const g = getter instanceof JSFunction ? getter : existing?.getter;
		const s = setter instanceof JSFunction ? setter : existing?.setter;
		if (!object.defineOwn(key, new Property(undefined, (flags & ~writable) | accessor, g, s))) throwTypeError(`Cannot redefine property: ${String(key)}`);
		return;
	}
	flag('writable', writable);
	const value = has('value') ? get(descriptor, 'value') : existing?.value;
	if (!object.defineOwn(key, new Property(value, flags))) throwTypeError(`Cannot redefine property: ${String(key)}`);
}

function fromPropertyDescriptor(property: Property | undefined): Value {
	if (!property) return undefined;
	const descriptor = createPlainObject();
	if (property.isAccessor) {
		descriptor.put('get', property.getter);
		descriptor.put('set', property.setter);
	} else {
		descriptor.put('value', property.value);
		descriptor.put('writable', (property.flags & writable) !== 0);
	}
	descriptor.put('enumerable', (property.flags & enumerable) !== 0);
	descriptor.put('configurable', (property.flags & configurable) !== 0);
	return descriptor;
}

function enumerableOwnKeys(object: JSObject): string[] {
	return object.ownKeys().filter((key): key is string => typeof key === 'string' && ((object.getOwn(key)?.flags ?? 0) & enumerable) !== 0);
}

/** SetIntegrityLevel (§7.3.15): frozen or sealed. */
function setIntegrityLevel(value: Value, level: 'frozen' | 'sealed'): Value {
	if (!(value instanceof JSObject)) return value;
	value.extensible = false;
	if (value instanceof JSArray) value.frozen = level === 'frozen' || value.frozen;
	for (const [, property] of value.props) {
		property.flags &= ~configurable;
		if (level === 'frozen' && !property.isAccessor) property.flags &= ~writable;
	}
	return value;
}

/** Object and Object.prototype (§20.1). */
export function installObject(global: JSObject): void {
	const realm = surroundingAgent.realm;
	const proto = realm.objectPrototype;
	const Object_ = defineConstructor(
		global,
		'Object',
		1,
		(_this, args, newTarget) => {
			const value = arg(args, 0);
			if (newTarget && newTarget !== global.getOwn('Object')?.value) return new JSObject(prototypeFromConstructor(newTarget, proto));
			return value === undefined || value === null ? createPlainObject() : toObject(value);
		},
		proto,
	);
	defineMethod(Object_, 'keys', 1, (_this, args) => createArray(enumerableOwnKeys(toObject(arg(args, 0)))));
	defineMethod(Object_, 'values', 1, (_this, args) => {
		const object = toObject(arg(args, 0));
		return createArray(enumerableOwnKeys(object).map(key => get(object, key)));
	});
	defineMethod(Object_, 'entries', 1, (_this, args) => {
		const object = toObject(arg(args, 0));
		return createArray(enumerableOwnKeys(object).map(key => createArray([key, get(object, key)])));
	});
	defineMethod(Object_, 'fromEntries', 1, (_this, args) => {
		const result = createPlainObject();
		for (const entry of iterableToList(arg(args, 0), true)) {
			if (!(entry instanceof JSObject)) throwTypeError(`Iterator value ${String(entry)} is not an entry object`);
			result.put(toPropertyKey(get(entry, '0')), get(entry, '1'));
		}
		return result;
	});
	defineMethod(Object_, 'assign', 2, (_this, args) => {
		const target = toObject(arg(args, 0));
		for (const source of args.slice(1)) {
			if (source === undefined || source === null) continue;
			const from = toObject(source);
			for (const key of from.ownKeys()) {
				const property = from.getOwn(key);
				if (property && property.flags & enumerable) set(target, key, get(from, key), target, true);
			}
		}
		return target;
	});
	defineMethod(Object_, 'freeze', 1, (_this, args) => setIntegrityLevel(arg(args, 0), 'frozen'));
	defineMethod(Object_, 'seal', 1, (_this, args) => setIntegrityLevel(arg(args, 0), 'sealed'));
	defineMethod(Object_, 'preventExtensions', 1, (_this, args) => {
		const value = arg(args, 0);
		if (value instanceof JSObject) value.extensible = false;
		return value;
	});
	defineMethod(Object_, 'isFrozen', 1, (_this, args) => {
		const value = arg(args, 0);
		if (!(value instanceof JSObject)) return true;
		if (value.extensible) return false;
		if (value instanceof JSArray && value.items.length > 0 && !value.frozen) return false;
		return [...value.props.values()].every(p => !(p.flags & configurable) && (p.isAccessor || !(p.flags & writable)));
	});
	defineMethod(Object_, 'isSealed', 1, (_this, args) => {
		const value = arg(args, 0);
		return !(value instanceof JSObject) || (!value.extensible && [...value.props.values()].every(p => !(p.flags & configurable)));
	});
	defineMethod(Object_, 'isExtensible', 1, (_this, args) => {
		const value = arg(args, 0);
		return value instanceof JSObject && value.extensible;
	});
	defineMethod(Object_, 'getPrototypeOf', 1, (_this, args) => toObject(arg(args, 0)).proto);
	defineMethod(Object_, 'setPrototypeOf', 2, (_this, args) => {
		const target = arg(args, 0);
		const proto = arg(args, 1);
		if (target instanceof JSObject && (proto === null || proto instanceof JSObject)) target.proto = proto;
		return target;
	});
	defineMethod(Object_, 'create', 2, (_this, args) => {
		const proto = arg(args, 0);
		if (proto !== null && !(proto instanceof JSObject)) throwTypeError(`Object prototype may only be an Object or null: ${String(proto)}`);
		const object = new JSObject(proto);
		const properties = arg(args, 1);
		if (properties instanceof JSObject) for (const key of enumerableOwnKeys(properties)) definePropertyFromDescriptor(object, key, get(properties, key));
		return object;
	});
	defineMethod(Object_, 'defineProperty', 3, (_this, args) => {
		const target = arg(args, 0);
		if (!(target instanceof JSObject)) throwTypeError('Object.defineProperty called on non-object');
		definePropertyFromDescriptor(target, toPropertyKey(arg(args, 1)), arg(args, 2));
		return target;
	});
	defineMethod(Object_, 'defineProperties', 2, (_this, args) => {
		const target = arg(args, 0);
		const properties = arg(args, 1);
		if (!(target instanceof JSObject) || !(properties instanceof JSObject)) throwTypeError('Object.defineProperties called on non-object');
		for (const key of enumerableOwnKeys(properties)) definePropertyFromDescriptor(target, key, get(properties, key));
		return target;
	});
	defineMethod(Object_, 'getOwnPropertyNames', 1, (_this, args) => createArray(toObject(arg(args, 0)).ownKeys().filter(key => typeof key === 'string')));
	defineMethod(Object_, 'getOwnPropertySymbols', 1, (_this, args) => createArray(toObject(arg(args, 0)).ownKeys().filter(key => typeof key === 'symbol')));
	defineMethod(Object_, 'getOwnPropertyDescriptor', 2, (_this, args) => fromPropertyDescriptor(toObject(arg(args, 0)).getOwn(toPropertyKey(arg(args, 1)))));
	defineMethod(Object_, 'getOwnPropertyDescriptors', 1, (_this, args) => {
		const object = toObject(arg(args, 0));
		const result = createPlainObject();
		for (const key of object.ownKeys()) result.put(key, fromPropertyDescriptor(object.getOwn(key)));
		return result;
	});
	defineMethod(Object_, 'is', 2, (_this, args) => sameValue(arg(args, 0), arg(args, 1)));
	defineMethod(Object_, 'hasOwn', 2, (_this, args) => toObject(arg(args, 0)).getOwn(toPropertyKey(arg(args, 1))) !== undefined);
	defineMethod(proto, 'hasOwnProperty', 1, (self, args) => toObject(self).getOwn(toPropertyKey(arg(args, 0))) !== undefined);
	defineMethod(proto, 'isPrototypeOf', 1, (self, args) => {
		const value = arg(args, 0);
		if (!(value instanceof JSObject)) return false;
		for (let o = value.proto; o; o = o.proto) if (o === self) return true;
		return false;
	});
	defineMethod(proto, 'propertyIsEnumerable', 1, (self, args) => ((toObject(self).getOwn(toPropertyKey(arg(args, 0)))?.flags ?? 0) & enumerable) !== 0);
	defineMethod(proto, 'toString', 0, self => objectToString(self));
	defineMethod(proto, 'toLocaleString', 0, self => objectToString(self));
	defineMethod(proto, 'valueOf', 0, self => toObject(self));
	defineGetter(proto, '__proto__', self => toObject(self).proto);
	const protoProperty = proto.getOwn('__proto__')!;
	const setter = defineMethod(createPlainObject(), 'set __proto__', 1, (self, args) => {
		const value = arg(args, 0);
		if (self instanceof JSObject && (value === null || value instanceof JSObject)) self.proto = value;
		return undefined;
	});
	protoProperty.setter = setter;
}

/** Object.prototype.toString (§20.1.3.6). */
export function objectToString(value: Value): string {
	if (value === undefined) return '[object Undefined]';
	if (value === null) return '[object Null]';
	const object = toObject(value);
	const tag = get(object, Symbol.toStringTag);
	if (typeof tag === 'string') return `[object ${tag}]`;
	let builtinTag = 'Object';
	if (object instanceof JSArray && object.className === 'Array') builtinTag = 'Array';
	else if (object instanceof JSFunction) builtinTag = 'Function';
	else if (isErrorObject(object)) builtinTag = 'Error';
	else if (['Arguments', 'Boolean', 'Number', 'String', 'Date', 'RegExp'].includes(object.className)) builtinTag = object.className;
	return `[object ${builtinTag}]`;
}
