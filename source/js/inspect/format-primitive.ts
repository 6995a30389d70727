// formatPrimitive, formatNumber, formatBigInt from Node 20 lib/internal/util/inspect.js.
import type {InspectContext} from './inspect-options.js';
import {strEscape} from './str-escape.js';

const kMinLineLength = 16;

function addNumericSeparator(integerString: string): string {
	let result = '';
	let i = integerString.length;
	const start = integerString.startsWith('-') ? 1 : 0;
	for (; i >= start + 4; i -= 3) {
		result = `_${integerString.slice(i - 3, i)}${result}`;
	}
	return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(integerString: string): string {
	let result = '';
	let i = 0;
	for (; i < integerString.length - 3; i += 3) {
		result += `${integerString.slice(i, i + 3)}_`;
	}
	return i === 0 ? integerString : `${result}${integerString.slice(i)}`;
}

export function formatNumber(number: number, numericSeparator: boolean): string {
	if (!numericSeparator) {
		// Object.is, since `number === -0` cannot tell 0 from -0.
		return Object.is(number, -0) ? '-0' : `${number}`;
	}
	const numberString = String(number);
	if (Math.trunc(number) === number) {
		if (!Number.isFinite(number) || numberString.includes('e')) return numberString;
		return addNumericSeparator(numberString);
	}
	if (Number.isNaN(number)) return numberString;
	const decimalIndex = numberString.indexOf('.');
	return `${addNumericSeparator(numberString.slice(0, decimalIndex))}.${addNumericSeparatorEnd(numberString.slice(decimalIndex + 1))}`;
}

export function formatBigInt(bigint: bigint, numericSeparator: boolean): string {
	const string = String(bigint);
	return numericSeparator ? `${addNumericSeparator(string)}n` : `${string}n`;
}

/** Any value that is a host primitive (not a symbol; symbols go through the host). */
export type HostPrimitive = string | number | boolean | bigint | undefined;

export function formatPrimitive(value: HostPrimitive, ctx: InspectContext): string {
	if (typeof value === 'string') {
		let trailer = '';
		if (value.length > ctx.maxStringLength) {
			const remaining = value.length - ctx.maxStringLength;
			value = value.slice(0, ctx.maxStringLength);
			trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
		}
		// Long strings nested in a structure break after each newline, joined with ` +`.
		if (ctx.compact !== true && value.length > kMinLineLength && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
			return value
				.split(/(?<=\n)/)
				.map((line) => strEscape(line))
				.join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
		}
		return strEscape(value) + trailer;
	}
	if (typeof value === 'number') return formatNumber(value, ctx.numericSeparator);
	if (typeof value === 'bigint') return formatBigInt(value, ctx.numericSeparator);
	if (typeof value === 'boolean') return `${value}`;
	return 'undefined';
}

export function isHostPrimitive(value: unknown): value is HostPrimitive | null {
	const type = typeof value;
	return value === null || (type !== 'object' && type !== 'function' && type !== 'symbol');
}
