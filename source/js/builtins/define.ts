import {surroundingAgent} from '../runtime/agent.js';
import {JSObject} from '../values/js-object.js';
import {NativeFunction, type NativeImpl} from '../values/js-function.js';
import {Property, accessor, configurable, hiddenFlags} from '../values/property.js';
import type {PropertyKey, Value} from '../values/value.js';

/** CreateBuiltinFunction (§10.3.4). */
export function builtinFunction(name: string, length: number, impl: NativeImpl, constructor = false): NativeFunction {
	const fn = new NativeFunction(surroundingAgent.realm.functionPrototype, impl, constructor);
	fn.setNameAndLength(name, length);
	return fn;
}

function functionName(key: PropertyKey): string {
	return typeof key === 'symbol' ? `[${key.description ?? ''}]` : key;
}

/** Defines a built-in method: writable, configurable, not enumerable. */
export function defineMethod(target: JSObject, key: PropertyKey, length: number, impl: NativeImpl): NativeFunction {
	const fn = builtinFunction(functionName(key), length, impl);
	target.defineOwn(key, new Property(fn, hiddenFlags));
	return fn;
}

export function defineValue(target: JSObject, key: PropertyKey, value: Value, flags = hiddenFlags): void {
	target.defineOwn(key, new Property(value, flags));
}

export function defineGetter(target: JSObject, key: PropertyKey, getter: (thisValue: Value) => Value): void {
	const fn = builtinFunction(`get ${functionName(key)}`, 0, thisValue => getter(thisValue));
	target.defineOwn(key, new Property(undefined, accessor | configurable, fn));
}

/** A constructor with its prototype wired both ways (§10.2.5 MakeConstructor). */
export function defineConstructor(global: JSObject, name: string, length: number, impl: NativeImpl, prototype: JSObject): NativeFunction {
	const constructor = builtinFunction(name, length, impl, true);
	constructor.defineOwn('prototype', new Property(prototype, 0));
	prototype.defineOwn('constructor', new Property(constructor, hiddenFlags));
	global.defineOwn(name, new Property(constructor, hiddenFlags));
	return constructor;
}

export function plainObject(proto: JSObject | null = surroundingAgent.realm.objectPrototype): JSObject {
	return new JSObject(proto);
}

/** The argument at `index`, or undefined. */
export function arg(args: readonly Value[], index: number): Value {
	return index < args.length ? args[index] : undefined;
}
