import {overflowError, zeroDivisionError} from './exception-types.js';
import {PyFloat} from './py-object.js';
import {raise} from './raise.js';
import {checkIntBits, maxIntBits} from './simulation-stop.js';

/** An int as we store it: a number while safe, a bigint beyond. */
export type PyInt = number | bigint;

const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);
const minSafe = BigInt(Number.MIN_SAFE_INTEGER);

export function normalizeInt(value: bigint): PyInt {
	return value >= minSafe && value <= maxSafe ? Number(value) : value;
}

export function toBig(value: PyInt | boolean): bigint {
	return typeof value === 'bigint' ? value : BigInt(value === true ? 1 : value === false ? 0 : value);
}

export function intAdd(a: PyInt, b: PyInt): PyInt {
	if (typeof a === 'number' && typeof b === 'number') {
		const result = a + b;
		if (Number.isSafeInteger(result)) return result;
	}
	return normalizeInt(toBig(a) + toBig(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
	if (typeof a === 'number' && typeof b === 'number') {
		const result = a - b;
		if (Number.isSafeInteger(result)) return result;
	}
	return normalizeInt(toBig(a) - toBig(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
	if (typeof a === 'number' && typeof b === 'number') {
		const result = a * b;
		if (Number.isSafeInteger(result)) return result === 0 ? 0 : result;
	}
	return normalizeInt(checkIntSize(toBig(a) * toBig(b)));
}

/** Floor division: rounds toward negative infinity. */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
	if (b === 0 || b === 0n) raise(zeroDivisionError, 'integer division or modulo by zero');
	// Below 2**31 the double quotient cannot round across an integer.
	if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31) return Math.floor(a / b) || 0;
	return normalizeInt(bigFloorDiv(toBig(a), toBig(b)));
}

function bigFloorDiv(a: bigint, b: bigint): bigint {
	const quotient = a / b;
	return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? quotient - 1n : quotient;
}

/** Modulo with the sign of the divisor. */
export function intMod(a: PyInt, b: PyInt): PyInt {
	if (b === 0 || b === 0n) raise(zeroDivisionError, 'integer modulo by zero');
	if (typeof a === 'number' && typeof b === 'number') {
		const result = a % b;
		return result !== 0 && (result < 0) !== (b < 0) ? result + b : result === 0 ? 0 : result;
	}
	const big = toBig(a) % toBig(b);
	return normalizeInt(big !== 0n && (big < 0n) !== (toBig(b) < 0n) ? big + toBig(b) : big);
}

export function intPow(a: PyInt, b: PyInt): PyInt | PyFloat {
	if (b < 0) return new PyFloat(Math.pow(Number(a), Number(b)));
	if (typeof a === 'number' && typeof b === 'number') {
		const result = a ** b;
		if (Number.isSafeInteger(result)) return result;
	}
	const base = toBig(a);
	if (base > 1n || base < -1n) checkIntBits(bitLength(base) * Number(b));
	return normalizeInt(base ** toBig(b));
}

/** The number of bits of `|value|` (`int.bit_length()`). */
export function bitLength(value: bigint): number {
	const magnitude = value < 0n ? -value : value;
	if (magnitude < 2n ** 1000n) return magnitude === 0n ? 0 : magnitude.toString(2).length;
	return magnitude.toString(16).length * 4;
}

/** Products grow by doubling when squared in a loop: stop at the cap before the next squaring takes seconds. */
function checkIntSize(value: bigint): bigint {
	if (value >= intCapMagnitude || value <= -intCapMagnitude) checkIntBits(bitLength(value));
	return value;
}

const intCapMagnitude = 1n << BigInt(maxIntBits);

export function intToFloat(value: PyInt): number {
	const result = Number(value);
	if (!Number.isFinite(result)) raise(overflowError, 'int too large to convert to float');
	return result;
}

/** Python's float floor division and modulo (`float.__floordiv__`, `float.__mod__`). */
export function floatFloorDiv(a: number, b: number): number {
	if (b === 0) raise(zeroDivisionError, 'float floor division by zero');
	return Math.floor(a / b);
}

export function floatMod(a: number, b: number): number {
	if (b === 0) raise(zeroDivisionError, 'float modulo');
	const result = a % b;
	return result !== 0 && (result < 0) !== (b < 0) ? result + b : result === 0 ? (b < 0 ? -0 : 0) : result;
}

/** `round(x)` for floats: round half to even. */
export function roundHalfEven(value: number): number {
	const floor = Math.floor(value);
	const diff = value - floor;
	if (diff > 0.5) return floor + 1;
	if (diff < 0.5) return floor;
	return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * `repr(float)`: the shortest string that round-trips (JS finds the same digits), laid out as
 * CPython's `float_repr_style == 'short'` does: exponent form below 1e-4 and from 1e16 up.
 */
export function floatRepr(value: number): string {
	if (Number.isNaN(value)) return 'nan';
	if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
	if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
	const [mantissa, exponentText] = value.toExponential().split('e') as [string, string];
	const exponent = Number(exponentText);
	const negative = mantissa.startsWith('-');
	const digits = mantissa.replace('-', '').replace('.', '');
	const sign = negative ? '-' : '';
	if (exponent < -4 || exponent >= 16) {
		const fraction = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
		const expSign = exponent < 0 ? '-' : '+';
		return `${sign}${fraction}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
	}
	if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
	if (digits.length <= exponent + 1) return `${sign}${digits}${'0'.repeat(exponent + 1 - digits.length)}.0`;
	return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}
