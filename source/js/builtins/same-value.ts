import type {Value} from '../values/value.js';

/** SameValue (§7.2.10): like === but NaN equals NaN and +0 differs from -0. */
export function sameValue(a: Value, b: Value): boolean {
	return Object.is(a, b);
}
