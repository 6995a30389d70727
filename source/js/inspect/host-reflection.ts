// Small reflection helpers over InspectHost, standing in for the primordials Node's inspector uses.
import type {InspectHost} from './inspect-host.js';
import {isHostPrimitive} from './format-primitive.js';

/** `typeof value` for any value, primitive or host. */
export function typeOf(host: InspectHost, value: unknown): string {
	if (value === null) return 'object';
	return isHostPrimitive(value) ? typeof value : host.typeOf(value);
}

export function isObject(host: InspectHost, value: unknown): boolean {
	const type = typeOf(host, value);
	return value !== null && (type === 'object' || type === 'function');
}

export function isFunction(host: InspectHost, value: unknown): boolean {
	return !isHostPrimitive(value) && host.typeOf(value) === 'function';
}

/** ObjectPrototypeHasOwnProperty */
export function hasOwnProperty(host: InspectHost, object: unknown, key: unknown): boolean {
	return host.getOwnProperty(object, key) !== undefined;
}

/** ObjectPrototypePropertyIsEnumerable */
export function propertyIsEnumerable(host: InspectHost, object: unknown, key: unknown): boolean {
	return host.getOwnProperty(object, key)?.enumerable === true;
}

/** The value of an own data property, or undefined. */
export function ownDataValue(host: InspectHost, object: unknown, key: unknown): unknown {
	const property = host.getOwnProperty(object, key);
	return property?.kind === 'data' ? property.value : undefined;
}

/** OrdinaryHasInstance (ECMA-262 §7.3.21) for `object instanceof constructor`, false where `instanceof` would throw. */
export function isInstanceof(host: InspectHost, object: unknown, constructor: unknown): boolean {
	const prototype = host.get(constructor, 'prototype');
	if (!isObject(host, object) || !isObject(host, prototype)) return false;
	for (let current = host.getPrototypeOf(object); current !== null; current = host.getPrototypeOf(current)) {
		if (current === prototype) return true;
	}
	return false;
}

/** ToString on a primitive result (symbols through the host). */
export function primitiveToString(host: InspectHost, value: unknown): string {
	return isHostPrimitive(value) ? String(value) : host.symbolToString(value);
}

/** Whether `key` is an array index (CanonicalNumericIndexString below 2^32 - 1). */
export function isArrayIndexKey(key: unknown): key is string {
	if (typeof key !== 'string' || !/^(0|[1-9][0-9]*)$/.test(key)) return false;
	return Number(key) < 2 ** 32 - 1;
}
