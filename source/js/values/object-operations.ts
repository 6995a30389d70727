import {throwTypeError} from '../runtime/errors.js';
import {surroundingAgent} from '../runtime/agent.js';
import {JSArray} from './js-array.js';
import {JSFunction} from './js-function.js';
import {JSObject} from './js-object.js';
import {Property, accessor, defaultFlags, writable} from './property.js';
import {primitivePrototype, toLength} from './type-conversion.js';
import type {PropertyKey, Value} from './value.js';

/** Operations on objects (§7.3). */

/** [[Get]] (§10.1.8.1) walking the prototype chain; `receiver` is `this` for getters. */
export function get(object: JSObject, key: PropertyKey, receiver: Value = object): Value {
	for (let o: JSObject | null = object; o !== null; o = o.proto) {
		const property = o.getOwn(key);
		if (property !== undefined) {
			if (property.flags & accessor) return property.getter ? call(property.getter, receiver, []) : undefined;
			return property.value;
		}
	}
	return undefined;
}

/** GetV (§7.3.3): property access on any value, primitives through their prototype. */
export function getV(value: Value, key: PropertyKey): Value {
	if (value instanceof JSObject) return get(value, key, value);
	if (typeof value === 'string') {
		if (key === 'length') return value.length;
		if (typeof key === 'string') {
			const index = Number(key);
			if (Number.isInteger(index) && index >= 0 && String(index) === key) return index < value.length ? value[index] : undefined;
		}
	}
	if (value === undefined || value === null) {
		throwTypeError(`Cannot read properties of ${String(value)} (reading '${typeof key === 'symbol' ? key.toString() : key}')`);
	}
	return get(primitivePrototype(value), key, value);
}

/** OrdinarySet (§10.1.9.2). `strict` decides whether a failed assignment throws. */
export function set(object: JSObject, key: PropertyKey, value: Value, receiver: Value, strict: boolean): void {
	if (object === receiver && object.setOwnFast(key, value)) return;
	for (let o: JSObject | null = object; o !== null; o = o.proto) {
		const property = o.getOwn(key);
		if (property !== undefined) {
			if (property.flags & accessor) {
				if (property.setter) call(property.setter, receiver, [value]);
				else if (strict) throwTypeError(`Cannot set property ${keyText(key)} of ${describeForError(receiver)} which has only a getter`);
				return;
			}
			if (!(property.flags & writable)) {
				if (strict) throwTypeError(`Cannot assign to read only property '${keyText(key)}' of object '${describeForError(receiver)}'`);
				return;
			}
			break;
		}
	}
	if (!(receiver instanceof JSObject)) {
		if (strict) throwTypeError(`Cannot create property '${keyText(key)}' on ${typeof receiver} '${String(receiver)}'`);
		return;
	}
	const own = receiver.getOwn(key);
	const ok = own ? !(own.flags & accessor) && receiver.defineOwn(key, new Property(value, own.flags)) : receiver.defineOwn(key, new Property(value, defaultFlags));
	if (!ok && strict) throwTypeError(`Cannot add property ${keyText(key)}, object is not extensible`);
}

/** PutValue for a property reference on any base value (§6.2.5.6). */
export function putV(base: Value, key: PropertyKey, value: Value, strict: boolean): void {
	if (base instanceof JSObject) {
		set(base, key, value, base, strict);
		return;
	}
	if (base === undefined || base === null) throwTypeError(`Cannot set properties of ${String(base)} (setting '${keyText(key)}')`);
	set(primitivePrototype(base), key, value, base, strict);
}

export function keyText(key: PropertyKey): string {
	return typeof key === 'symbol' ? key.toString() : key;
}

/** How V8 names an object in error messages: `#<Foo>`. */
export function describeForError(value: Value): string {
	if (value instanceof JSArray) return '[object Array]';
	if (value instanceof JSObject) {
		const constructor = get(value, 'constructor');
		const name = constructor instanceof JSFunction ? constructor.displayName : 'Object';
		return `#<${name || 'Object'}>`;
	}
	return String(value);
}

export function call(f: Value, thisArg: Value, args: Value[]): Value {
	if (f instanceof JSFunction) return f.callAs(thisArg, args);
	throwTypeError(`${typeof f === 'string' ? JSON.stringify(f) : String(f)} is not a function`);
}

export function construct(f: JSFunction, args: Value[], newTarget: JSObject = f): Value {
	return f.constructAs(args, newTarget);
}

export function isCallable(value: Value): value is JSFunction {
	return value instanceof JSFunction;
}

export function isConstructor(value: Value): value is JSFunction {
	return value instanceof JSFunction && value.isConstructor;
}

/** GetMethod (§7.3.11). */
export function getMethod(value: Value, key: PropertyKey): JSFunction | undefined {
	const method = getV(value, key);
	if (method === undefined || method === null) return undefined;
	if (!(method instanceof JSFunction)) throwTypeError(`${keyText(key)} is not a function`);
	return method;
}

export function hasProperty(object: JSObject, key: PropertyKey): boolean {
	for (let o: JSObject | null = object; o !== null; o = o.proto) if (o.getOwn(key) !== undefined) return true;
	return false;
}

export function createDataProperty(object: JSObject, key: PropertyKey, value: Value): void {
	object.defineOwn(key, new Property(value, defaultFlags));
}

/** OrdinaryCreateFromConstructor (§10.1.13): the prototype comes from newTarget.prototype. */
export function prototypeFromConstructor(newTarget: JSObject | undefined, fallback: JSObject): JSObject {
	if (!newTarget) return fallback;
	const proto = get(newTarget, 'prototype');
	return proto instanceof JSObject ? proto : fallback;
}

/** LengthOfArrayLike (§7.3.18). */
export function lengthOfArrayLike(object: JSObject): number {
	if (object instanceof JSArray) return object.items.length;
	return toLength(get(object, 'length'));
}

/** CreateListFromArrayLike (§7.3.20). */
export function listFromArrayLike(value: Value): Value[] {
	if (value instanceof JSArray) return value.items.slice();
	if (value === undefined || value === null) return [];
	if (!(value instanceof JSObject)) throwTypeError('CreateListFromArrayLike called on non-object');
	const length = lengthOfArrayLike(value);
	const list: Value[] = [];
	for (let i = 0; i < length; i++) list.push(get(value, String(i)));
	return list;
}

/** CreateArrayFromList (§7.3.17). */
export function createArray(items: Value[]): JSArray {
	return new JSArray(surroundingAgent.realm.arrayPrototype, items);
}

export function createPlainObject(): JSObject {
	return new JSObject(surroundingAgent.realm.objectPrototype);
}

/** OrdinaryHasInstance (§7.3.22), reached through InstanceofOperator. */
export function instanceofOperator(value: Value, target: Value): boolean {
	if (!(target instanceof JSObject)) throwTypeError("Right-hand side of 'instanceof' is not an object");
	const hasInstance = get(target, Symbol.hasInstance);
	if (hasInstance !== undefined && hasInstance !== null && hasInstance !== surroundingAgent.realm.functionHasInstance) {
		return Boolean(call(hasInstance, target, [value]));
	}
	if (!(target instanceof JSFunction)) throwTypeError("Right-hand side of 'instanceof' is not callable");
	return ordinaryHasInstance(target, value);
}

export function ordinaryHasInstance(target: JSFunction, value: Value): boolean {
	const bound = (target.internal as {boundTarget?: JSFunction} | undefined)?.boundTarget;
	if (bound) return instanceofOperator(value, bound);
	if (!(value instanceof JSObject)) return false;
	const proto = get(target, 'prototype');
	if (!(proto instanceof JSObject)) throwTypeError("Function has non-object prototype 'undefined' in instanceof check");
	for (let o = value.proto; o !== null; o = o.proto) if (o === proto) return true;
	return false;
}

/** SpeciesConstructor (§7.3.22) reduced to `constructor` (no Symbol.species subclasses). */
export function speciesConstructor(object: JSObject, fallback: JSFunction): JSFunction {
	const constructor = get(object, 'constructor');
	if (constructor === undefined) return fallback;
	if (!(constructor instanceof JSFunction)) throwTypeError('object.constructor is not a constructor');
	return constructor.isConstructor ? constructor : fallback;
}
