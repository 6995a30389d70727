import {typeError} from './exception-types.js';
import {formatValue} from './format-spec.js';
import {getItem} from './subscript.js';
import {PyDict, PyTuple} from './py-containers.js';
import {PyFloat, PyObject, type PyValue} from './py-object.js';
import {raise} from './raise.js';
import {repr, str} from './repr.js';
import {typeOf} from './type-of.js';

/** `format % args` (printf-style string formatting). */
export function percentFormat(format: string, args: PyValue): string {
	const values = args instanceof PyTuple ? args.items : [args];
	const mapping = args instanceof PyDict || (args instanceof PyObject && !(args instanceof PyTuple) && typeOf(args).lookup('__getitem__') !== undefined && typeof args !== 'string') ? args : null;
	let index = 0;
	const out = format.replace(/%(\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g, (_match, _key, key: string | undefined, flags: string, width: string | undefined, precision: string | undefined, type: string) => {
		if (type === '%') return '%';
		const take = (): PyValue => {
			if (index >= values.length) raise(typeError, 'not enough arguments for format string');
			return values[index++]!;
		};
		const widthValue = width === '*' ? Number(take()) : width;
		const precisionValue = precision === '*' ? Number(take()) : precision;
		const value = key !== undefined && mapping ? getItem(mapping, key) : take();
		const align = flags.includes('-') ? '<' : '';
		const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
		const zero = flags.includes('0') && !align ? '0' : '';
		const alternate = flags.includes('#') ? '#' : '';
		const widthText = widthValue === undefined ? '' : String(widthValue);
		const precisionText = precisionValue === undefined ? '' : `.${precisionValue}`;
		switch (type) {
			case 's':
				return formatValue(str(value), `${align}${widthText}${precisionText}`);
			case 'r':
			case 'a':
				return formatValue(repr(value), `${align}${widthText}${precisionText}`);
			case 'c':
				return formatValue(typeof value === 'string' ? value : String.fromCodePoint(Number(value)), `${align}${widthText}`);
			case 'd':
			case 'i':
			case 'u': {
				const number = toNumber(value, type);
				const int = number instanceof PyFloat ? Math.trunc(number.value) : number;
				return formatValue(int, `${align}${sign}${alternate}${zero}${widthText}d`);
			}
			default: {
				const number = toNumber(value, type);
				if ('oxX'.includes(type)) return formatValue(number, `${align}${sign}${alternate}${zero}${widthText}${type}`);
				return formatValue(number instanceof PyFloat ? number : new PyFloat(Number(number)), `${align}${sign}${alternate}${zero}${widthText}${precisionText || '.6'}${type}`);
			}
		}
	});
	if (index < values.length && !mapping && args instanceof PyTuple) raise(typeError, 'not all arguments converted during string formatting');
	if (index < values.length && !mapping && !(args instanceof PyTuple) && index === 0) raise(typeError, 'not all arguments converted during string formatting');
	return out;
}

function toNumber(value: PyValue, type: string): PyValue {
	if (typeof value === 'number' || typeof value === 'bigint' || value instanceof PyFloat) return value;
	if (typeof value === 'boolean') return value ? 1 : 0;
	if ('oxXc'.includes(type)) return raise(typeError, `%${type} format: an integer is required, not ${typeOf(value).name}`);
	return raise(typeError, `%${type} format: a real number is required, not ${typeOf(value).name}`);
}

