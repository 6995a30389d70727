import {surroundingAgent} from '../runtime/agent.js';
import {throwTypeError} from '../runtime/errors.js';
import {JSArray} from './js-array.js';
import {JSFunction} from './js-function.js';
import {JSObject} from './js-object.js';
import type {PropertyKey, Value} from './value.js';
import {get} from './object-operations.js';

/** Type conversion (§7.1). */

export function toBoolean(value: Value): boolean {
	return typeof value === 'object' ? value !== null : Boolean(value);
}

/** OrdinaryToPrimitive / ToPrimitive (§7.1.1), honouring Symbol.toPrimitive. */
export function toPrimitive(value: Value, hint: 'default' | 'string' | 'number' = 'default'): Exclude<Value, JSObject> {
	if (!(value instanceof JSObject)) return value;
	const exotic = get(value, Symbol.toPrimitive);
	if (exotic !== undefined && exotic !== null) {
		if (!(exotic instanceof JSFunction)) throwTypeError('Symbol.toPrimitive is not a function');
		const result = exotic.callAs(value, [hint]);
		if (result instanceof JSObject) throwTypeError('Cannot convert object to primitive value');
		return result;
	}
	const order = hint === 'string' ? ['toString', 'valueOf'] : ['valueOf', 'toString'];
	for (const name of order) {
		const method = get(value, name);
		if (method instanceof JSFunction) {
			const result = method.callAs(value, []);
			if (!(result instanceof JSObject)) return result;
		}
	}
	throwTypeError('Cannot convert object to primitive value');
}

export function toNumber(value: Value): number {
	switch (typeof value) {
		case 'number':
			return value;
		case 'string':
			return stringToNumber(value);
		case 'boolean':
			return value ? 1 : 0;
		case 'undefined':
			return Number.NaN;
		case 'symbol':
			throwTypeError('Cannot convert a Symbol value to a number');
		case 'bigint':
			throwTypeError('Cannot convert a BigInt value to a number');
		default:
			return value === null ? 0 : toNumber(toPrimitive(value, 'number'));
	}
}

/** StringToNumber (§7.1.4.1.1): the host's Number() implements the same grammar. */
function stringToNumber(text: string): number {
	return Number(text);
}

/** ToNumeric (§7.1.3): a number or a bigint. */
export function toNumeric(value: Value): number | bigint {
	const primitive = value instanceof JSObject ? toPrimitive(value, 'number') : value;
	return typeof primitive === 'bigint' ? primitive : toNumber(primitive);
}

export function toIntegerOrInfinity(value: Value): number {
	const number = toNumber(value);
	if (Number.isNaN(number) || number === 0) return 0;
	return Math.trunc(number);
}

export function toString(value: Value): string {
	switch (typeof value) {
		case 'string':
			return value;
		case 'number':
			return String(value);
		case 'boolean':
			return value ? 'true' : 'false';
		case 'undefined':
			return 'undefined';
		case 'symbol':
			throwTypeError('Cannot convert a Symbol value to a string');
		case 'bigint':
			return value.toString();
		default:
			return value === null ? 'null' : toString(toPrimitive(value, 'string'));
	}
}

export function toPropertyKey(value: Value): PropertyKey {
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	const key = toPrimitive(value, 'string');
	return typeof key === 'symbol' ? key : toString(key);
}

/** ToObject (§7.1.18): primitives are wrapped in objects that only carry their prototype. */
export function toObject(value: Value): JSObject {
	if (value instanceof JSObject) return value;
	if (value === undefined || value === null) throwTypeError(`Cannot convert undefined or null to object`);
	const realm = surroundingAgent.realm;
	if (typeof value === 'string') {
		const wrapper = new JSArray(realm.stringPrototype, [...value]);
		wrapper.className = 'String';
		wrapper.frozen = true;
		wrapper.internal = {primitive: value};
		return wrapper;
	}
	const proto =
		typeof value === 'number'
			? realm.numberPrototype
			: typeof value === 'boolean'
				? realm.booleanPrototype
				: typeof value === 'symbol'
					? realm.symbolPrototype
					: realm.bigintPrototype;
	const wrapper = new JSObject(proto);
	wrapper.className = typeof value === 'number' ? 'Number' : typeof value === 'boolean' ? 'Boolean' : typeof value === 'symbol' ? 'Symbol' : 'BigInt';
	wrapper.internal = {primitive: value};
	return wrapper;
}

/** The prototype a primitive's property lookups start from (GetV, §7.3.3). */
export function primitivePrototype(value: Exclude<Value, JSObject | null | undefined>): JSObject {
	const realm = surroundingAgent.realm;
	switch (typeof value) {
		case 'string':
			return realm.stringPrototype;
		case 'number':
			return realm.numberPrototype;
		case 'boolean':
			return realm.booleanPrototype;
		case 'symbol':
			return realm.symbolPrototype;
		default:
			return realm.bigintPrototype;
	}
}

export function toInt32(value: Value): number {
	return toNumber(value) | 0;
}

export function toUint32(value: Value): number {
	return toNumber(value) >>> 0;
}

export function toLength(value: Value): number {
	const length = toIntegerOrInfinity(value);
	return length <= 0 ? 0 : Math.min(length, Number.MAX_SAFE_INTEGER);
}

