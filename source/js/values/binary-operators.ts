import {throwTypeError} from '../runtime/errors.js';
import {isLessThan, isLooselyEqual} from './comparison.js';
import {JSObject} from './js-object.js';
import {hasProperty, instanceofOperator} from './object-operations.js';
import {toNumeric, toPrimitive, toPropertyKey, toString} from './type-conversion.js';
import type {Value} from './value.js';

/** A binary operator's semantics, shared by `a op b` and `a op= b`. */
export type BinaryOperator = (left: Value, right: Value) => Value;

/** The addition operator (§13.15.3 ApplyStringOrNumericBinaryOperator with `+`). */
export function add(left: Value, right: Value): Value {
	if (typeof left === 'number' && typeof right === 'number') return left + right;
	if (typeof left === 'string' && typeof right === 'string') return left + right;
	const lp = toPrimitive(left);
	const rp = toPrimitive(right);
	if (typeof lp === 'string' || typeof rp === 'string') return toString(lp) + toString(rp);
	return numeric(toNumeric(lp), toNumeric(rp), (a, b) => a + b, (a, b) => a + b);
}

function numeric(a: number | bigint, b: number | bigint, onNumbers: (a: number, b: number) => number, onBigInts: (a: bigint, b: bigint) => bigint): number | bigint {
	if (typeof a === 'number' && typeof b === 'number') return onNumbers(a, b);
	if (typeof a === 'bigint' && typeof b === 'bigint') return onBigInts(a, b);
	throwTypeError('Cannot mix BigInt and other types, use explicit conversions');
}

function arithmetic(onNumbers: (a: number, b: number) => number, onBigInts: (a: bigint, b: bigint) => bigint): BinaryOperator {
	return (left, right) => {
		if (typeof left === 'number' && typeof right === 'number') return onNumbers(left, right);
		return numeric(toNumeric(left), toNumeric(right), onNumbers, onBigInts);
	};
}

function lessThan(left: Value, right: Value): boolean {
	if (typeof left === 'number' && typeof right === 'number') return left < right;
	return isLessThan(left, right, true) === true;
}

function inOperator(left: Value, right: Value): boolean {
	if (!(right instanceof JSObject)) throwTypeError(`Cannot use 'in' operator to search for '${typeof left === 'symbol' ? left.toString() : String(left)}' in ${String(right)}`);
	return hasProperty(right, toPropertyKey(left));
}

function bigintDivide(a: bigint, b: bigint): bigint {
	if (b === 0n) throwRangeDivision();
	return a / b;
}

function throwRangeDivision(): never {
	throwTypeError('Division by zero');
}

export const binaryOperators: Readonly<Record<string, BinaryOperator>> = {
	'+': add,
	'-': arithmetic((a, b) => a - b, (a, b) => a - b),
	'*': arithmetic((a, b) => a * b, (a, b) => a * b),
	'/': arithmetic((a, b) => a / b, bigintDivide),
	'%': arithmetic((a, b) => a % b, (a, b) => a % b),
	'**': arithmetic((a, b) => a ** b, (a, b) => a ** b),
	'<<': arithmetic((a, b) => a << b, (a, b) => a << b),
	'>>': arithmetic((a, b) => a >> b, (a, b) => a >> b),
	'>>>': arithmetic((a, b) => a >>> b, () => throwTypeError('BigInts have no unsigned right shift, use >> instead')),
	'&': arithmetic((a, b) => a & b, (a, b) => a & b),
	'|': arithmetic((a, b) => a | b, (a, b) => a | b),
	'^': arithmetic((a, b) => a ^ b, (a, b) => a ^ b),
	'==': isLooselyEqual,
	'!=': (a, b) => !isLooselyEqual(a, b),
	'===': (a, b) => a === b,
	'!==': (a, b) => a !== b,
	'<': lessThan,
	'>': (a, b) => (typeof a === 'number' && typeof b === 'number' ? a > b : isLessThan(b, a, false) === true),
	'<=': (a, b) => (typeof a === 'number' && typeof b === 'number' ? a <= b : isLessThan(b, a, false) === false),
	'>=': (a, b) => (typeof a === 'number' && typeof b === 'number' ? a >= b : isLessThan(a, b, true) === false),
	instanceof: instanceofOperator,
	in: inOperator,
};
