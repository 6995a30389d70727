import {JSObject} from './js-object.js';
import {toNumber, toNumeric, toPrimitive} from './type-conversion.js';
import type {Value} from './value.js';

/** Testing and comparison operations (§7.2). */

export function isStrictlyEqual(a: Value, b: Value): boolean {
	return a === b;
}

/** IsLooselyEqual (§7.2.14). */
export function isLooselyEqual(a: Value, b: Value): boolean {
	if (typeof a === typeof b) return a === b;
	if (a === null || a === undefined) return b === null || b === undefined;
	if (b === null || b === undefined) return false;
	const aObject = a instanceof JSObject;
	const bObject = b instanceof JSObject;
	if (aObject && bObject) return a === b;
	if (typeof a === 'number' && typeof b === 'string') return a === toNumber(b);
	if (typeof a === 'string' && typeof b === 'number') return toNumber(a) === b;
	if (typeof a === 'bigint' && typeof b === 'string') return typeof toNumeric(b) === 'number' && a == (b as unknown as bigint);
	if (typeof a === 'string' && typeof b === 'bigint') return isLooselyEqual(b, a);
	if (typeof a === 'boolean') return isLooselyEqual(a ? 1 : 0, b);
	if (typeof b === 'boolean') return isLooselyEqual(a, b ? 1 : 0);
	if (aObject && !bObject) return isLooselyEqual(toPrimitive(a), b);
	if (bObject && !aObject) return isLooselyEqual(a, toPrimitive(b));
	if ((typeof a === 'bigint' && typeof b === 'number') || (typeof a === 'number' && typeof b === 'bigint')) return a == b;
	return false;
}

/** SameValueZero (§7.2.11): `includes`, Map and Set keys. */
export function sameValueZero(a: Value, b: Value): boolean {
	return a === b || (a !== a && b !== b);
}

/** IsLessThan (§7.2.13) over primitives already converted in the operator's order. */
export function isLessThan(a: Value, b: Value, leftFirst: boolean): boolean | undefined {
	let px: Value;
	let py: Value;
	if (leftFirst) {
		px = toPrimitive(a, 'number');
		py = toPrimitive(b, 'number');
	} else {
		py = toPrimitive(b, 'number');
		px = toPrimitive(a, 'number');
	}
	if (typeof px === 'string' && typeof py === 'string') return px < py;
	const nx = toNumeric(px);
	const ny = toNumeric(py);
	if (Number.isNaN(nx) || Number.isNaN(ny)) return undefined;
	return nx < ny;
}
