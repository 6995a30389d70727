import {callObject} from './call.js';
import {typeError, valueError} from './exception-types.js';
import {floatRepr, toBig} from './numbers.js';
import {isUserMethod} from './py-callables.js';
import {PyFloat, PyObject, type PyValue} from './py-object.js';
import {raise} from './raise.js';
import {str} from './repr.js';
import {typeOf} from './type-of.js';
import {checkStringLength} from './simulation-stop.js';
import {intToDecimal} from './int-str-digits.js';

/** A parsed format spec (the format-specification mini-language). */
interface Spec {
	fill: string;
	align: '<' | '>' | '^' | '=' | '';
	sign: '+' | '-' | ' ' | '';
	alternate: boolean;
	zero: boolean;
	width: number;
	grouping: ',' | '_' | '';
	precision: number;
	type: string;
}

function parseSpec(spec: string): Spec {
	const match = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su.exec(spec);
	if (!match) raise(valueError, 'Invalid format specifier');
	const [, fill, align, sign, , alternate, zero, width, grouping, precision, type] = match;
	return {
		fill: fill ?? (zero && !align ? '0' : ' '),
		align: (align ?? (zero ? '=' : '')) as Spec['align'],
		sign: (sign ?? '') as Spec['sign'],
		alternate: Boolean(alternate),
		zero: Boolean(zero),
		width: width ? Number(width) : 0,
		grouping: (grouping ?? '') as Spec['grouping'],
		precision: precision === undefined ? -1 : Number(precision),
		type: type ?? '',
	};
}

function pad(body: string, spec: Spec, defaultAlign: '<' | '>', signPrefix = ''): string {
	const total = signPrefix.length + [...body].length;
	if (spec.width <= total) return signPrefix + body;
	checkStringLength(spec.width);
	const padding = spec.width - total;
	const align = spec.align || defaultAlign;
	const fill = spec.fill;
	if (align === '=') return signPrefix + fill.repeat(padding) + body;
	if (align === '<') return signPrefix + body + fill.repeat(padding);
	if (align === '>') return fill.repeat(padding) + signPrefix + body;
	const left = Math.floor(padding / 2);
	return fill.repeat(left) + signPrefix + body + fill.repeat(padding - left);
}

function group(digits: string, separator: string, size = 3): string {
	if (!separator) return digits;
	let out = '';
	for (let index = digits.length; index > 0; index -= size) out = digits.slice(Math.max(0, index - size), index) + (out ? separator + out : '');
	return out;
}

/** `format(value, spec)`: `__format__` for user classes, the mini-language for builtins. */
export function formatValue(value: PyValue, spec: string): string {
	if (value instanceof PyObject && !(value instanceof PyFloat)) {
		const method = value.cls.lookup('__format__');
		if (isUserMethod(method)) {
			const result = callObject(method, [value, spec]);
			if (typeof result !== 'string') raise(typeError, `__format__ must return a str, not ${typeOf(result).name}`);
			return result;
		}
		if (spec === '') return str(value);
		if (!value.cls.builtin) raise(typeError, `unsupported format string passed to ${value.cls.name}.__format__`);
	}
	if (spec === '') return str(value);
	const parsed = parseSpec(spec);
	if (typeof value === 'string') return formatString(value, parsed);
	if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
		if (typeof value === 'boolean' && parsed.type === '') return pad(value ? 'True' : 'False', parsed, '<');
		const int = typeof value === 'boolean' ? (value ? 1 : 0) : value;
		if ('eEfFgG%'.includes(parsed.type) && parsed.type !== '') return formatFloat(Number(int), parsed);
		return formatInt(int, parsed);
	}
	if (value instanceof PyFloat) return formatFloat(value.value, parsed);
	if (value === null) raise(typeError, 'unsupported format string passed to NoneType.__format__');
	return raise(typeError, `unsupported format string passed to ${typeOf(value).name}.__format__`);
}

function formatString(text: string, spec: Spec): string {
	if (spec.type && spec.type !== 's') raise(valueError, `Unknown format code '${spec.type}' for object of type 'str'`);
	if (spec.sign) raise(valueError, 'Sign not allowed in string format specifier');
	const body = spec.precision >= 0 ? [...text].slice(0, spec.precision).join('') : text;
	return pad(body, spec, '<');
}

function signOf(negative: boolean, spec: Spec): string {
	if (negative) return '-';
	if (spec.sign === '+') return '+';
	if (spec.sign === ' ') return ' ';
	return '';
}

function formatInt(value: number | bigint, spec: Spec): string {
	const big = toBig(value);
	const negative = big < 0n;
	const magnitude = negative ? -big : big;
	let digits: string;
	let prefix = '';
	switch (spec.type) {
		case 'b':
			digits = magnitude.toString(2);
			prefix = spec.alternate ? '0b' : '';
			break;
		case 'o':
			digits = magnitude.toString(8);
			prefix = spec.alternate ? '0o' : '';
			break;
		case 'x':
			digits = magnitude.toString(16);
			prefix = spec.alternate ? '0x' : '';
			break;
		case 'X':
			digits = magnitude.toString(16).toUpperCase();
			prefix = spec.alternate ? '0X' : '';
			break;
		case 'c':
			return pad(String.fromCodePoint(Number(magnitude)), spec, '<');
		case '':
		case 'd':
		case 'n':
			digits = group(intToDecimal(magnitude), spec.grouping);
			break;
		default:
			return raise(valueError, `Unknown format code '${spec.type}' for object of type 'int'`);
	}
	if (spec.grouping && spec.type !== '' && spec.type !== 'd') digits = group(digits, spec.grouping, 4);
	const signText = signOf(negative, spec) + prefix;
	if (spec.align === '=' && spec.fill === '0' && spec.grouping && spec.width > signText.length + digits.length) {
		const plain = magnitude.toString(spec.type === 'b' ? 2 : spec.type === 'o' ? 8 : spec.type.toLowerCase() === 'x' ? 16 : 10);
		let width = spec.width - signText.length;
		let padded = plain;
		while (group(padded, spec.grouping).length < width) padded = '0' + padded;
		digits = group(padded, spec.grouping);
		if (digits.length > width && digits.startsWith(spec.grouping)) digits = digits.slice(1);
		width = 0;
	}
	return pad(digits, spec, '>', signText);
}

function formatFloat(value: number, spec: Spec): string {
	const negative = value < 0 || Object.is(value, -0);
	const magnitude = Math.abs(value);
	let body: string;
	let type = spec.type;
	const precision = spec.precision;
	if (!Number.isFinite(magnitude)) {
		body = Number.isNaN(magnitude) ? 'nan' : 'inf';
		if (type === 'F' || type === 'E' || type === 'G') body = body.toUpperCase();
		return pad(body, spec, '>', signOf(negative && !Number.isNaN(value), spec));
	}
	switch (type) {
		case 'f':
		case 'F':
			body = toFixed(magnitude, precision < 0 ? 6 : precision);
			break;
		case '%':
			body = `${toFixed(magnitude * 100, precision < 0 ? 6 : precision)}%`;
			break;
		case 'e':
		case 'E':
			body = exponential(magnitude, precision < 0 ? 6 : precision);
			if (type === 'E') body = body.toUpperCase();
			break;
		case 'g':
		case 'G':
		case 'n':
			body = general(magnitude, precision < 0 ? 6 : precision === 0 ? 1 : precision, spec.alternate);
			if (type === 'G') body = body.toUpperCase();
			break;
		case '':
			if (precision < 0) body = floatRepr(magnitude);
			else {
				body = general(magnitude, precision === 0 ? 1 : precision, spec.alternate);
				if (!/[.e]/.test(body) && !/inf|nan/.test(body)) body += '.0';
			}
			type = '';
			break;
		default:
			return raise(valueError, `Unknown format code '${type}' for object of type 'float'`);
	}
	if (spec.grouping) {
		const [whole, rest] = splitNumber(body);
		body = group(whole, spec.grouping) + rest;
	}
	return pad(body, spec, '>', signOf(negative, spec));
}

function splitNumber(body: string): [string, string] {
	const match = /^(\d+)(.*)$/s.exec(body);
	return match ? [match[1]!, match[2]!] : [body, ''];
}

/** Correctly rounded fixed notation (JS toFixed is exact for doubles, unlike `x.toFixed` past 1e21). */
export function toFixed(value: number, digits: number): string {
	if (value >= 1e21) {
		const big = BigInt(Math.round(value));
		return digits > 0 ? `${big}.${'0'.repeat(digits)}` : String(big);
	}
	if (digits > 100) return value.toFixed(100) + '0'.repeat(digits - 100);
	const rounded = value.toFixed(digits);
	// JS breaks exact ties upwards; Python rounds them to even (`f"{2.5:.0f}"` is `2`).
	const longDigits = Math.min(100, digits + 25);
	if (longDigits <= digits) return rounded;
	const longer = value.toFixed(longDigits);
	const tail = longer.slice(longer.length - (longDigits - digits));
	if (!/^50*$/.test(tail)) return rounded;
	const truncated = longer.slice(0, longer.length - tail.length).replace(/\.$/, '');
	return Number(truncated[truncated.length - 1]) % 2 === 0 ? truncated : rounded;
}

function exponential(value: number, digits: number): string {
	const text = value.toExponential(Math.min(digits, 100));
	const [mantissa, exponent] = text.split('e') as [string, string];
	const sign = exponent.startsWith('-') ? '-' : '+';
	return `${mantissa}e${sign}${exponent.replace(/^[-+]/, '').padStart(2, '0')}`;
}

/** The `g` presentation: precision significant digits, trailing zeros removed unless `#`. */
function general(value: number, precision: number, alternate: boolean): string {
	if (value === 0) return alternate ? `0.${'0'.repeat(precision - 1)}` : '0';
	const exponent = Number(value.toExponential(precision - 1).split('e')[1]);
	let body: string;
	if (exponent >= -4 && exponent < precision) {
		body = value.toFixed(Math.max(0, precision - 1 - exponent));
	} else {
		body = exponential(value, precision - 1);
	}
	if (!alternate) {
		if (body.includes('e')) {
			const [mantissa, exp] = body.split('e') as [string, string];
			body = `${mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa}e${exp}`;
		} else if (body.includes('.')) {
			body = body.replace(/\.?0+$/, '');
		}
	}
	return body;
}
