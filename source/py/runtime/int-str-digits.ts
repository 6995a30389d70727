import {valueError} from './exception-types.js';
import {raise} from './raise.js';

/**
 * CPython 3.11's cap on decimal (non power-of-two base) int↔str conversion, against quadratic
 * conversion time (Python/clinic sysmodule `set_int_max_str_digits`, Objects/longobject.c).
 * One simulation runs at a time, so the setting lives here and `resetIntMaxStrDigits` starts
 * every run from the default.
 */
export const defaultIntMaxStrDigits = 4300;
/** `sys.int_info.str_digits_check_threshold`: the smallest non-zero setting. */
const strDigitsCheckThreshold = 640;

let maxStrDigits = defaultIntMaxStrDigits;
/** 10 ** maxStrDigits: an int at or above it has more digits than allowed. */
let tooManyDigits: bigint | undefined;

export function resetIntMaxStrDigits(): void {
	maxStrDigits = defaultIntMaxStrDigits;
	tooManyDigits = undefined;
}

export function intMaxStrDigits(): number {
	return maxStrDigits;
}

/** `sys.set_int_max_str_digits(n)`: 0 turns the check off. */
export function setIntMaxStrDigits(limit: number): void {
	if (limit !== 0 && limit < strDigitsCheckThreshold) raise(valueError, `maxdigits must be 0 or larger than ${strDigitsCheckThreshold}`);
	maxStrDigits = limit;
	tooManyDigits = undefined;
}

/** `str(int)`: the decimal digits, or CPython's ValueError past the limit. */
export function intToDecimal(value: number | bigint): string {
	if (typeof value === 'number' || maxStrDigits === 0) return String(value);
	tooManyDigits ??= 10n ** BigInt(maxStrDigits);
	if (value >= tooManyDigits || value <= -tooManyDigits) {
		raise(valueError, `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
	}
	return String(value);
}

/** `int(text)` in a base that is not a power of two: CPython counts the digits before it converts. */
export function checkDigitsToParse(digitCount: number): void {
	if (maxStrDigits !== 0 && digitCount > maxStrDigits) {
		raise(valueError, `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digitCount} digits; use sys.set_int_max_str_digits() to increase the limit`);
	}
}
