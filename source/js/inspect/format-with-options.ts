// formatWithOptionsInternal from Node 20 lib/internal/util/inspect.js: `util.format` and, through
// lib/internal/console/constructor.js (kFormatForStdout), every console.log/info/warn/error/debug.
import {formatBigInt, formatNumber, isHostPrimitive} from './format-primitive.js';
import {hasBuiltInToString} from './has-built-in-to-string.js';
import {isObject, typeOf} from './host-reflection.js';
import {inspect} from './inspect.js';
import type {InspectHost} from './inspect-host.js';
import type {InspectOptions} from './inspect-options.js';

/** ToString for `%i`/`%f`: primitives directly, objects through the host. */
function toStringValue(host: InspectHost, value: unknown): string {
	return isObject(host, value) ? host.toStringValue(value) : String(value);
}

/** JSON.stringify for `%j`; a cycle prints `[Circular]` (tryStringify). */
function tryStringify(host: InspectHost, value: unknown): string {
	if (isHostPrimitive(value)) return String(JSON.stringify(value));
	const result = host.jsonStringify(value);
	return result.kind === 'circular' ? '[Circular]' : String(result.text);
}

/** One `%s`/`%d`/`%i`/`%f`/`%j`/`%o`/`%O`/`%c` substitution. */
function formatPlaceholder(host: InspectHost, options: Partial<InspectOptions>, letter: string, arg: unknown): string {
	const numericSeparator = options.numericSeparator ?? false;
	const type = typeOf(host, arg);
	switch (letter) {
		case 's':
			if (typeof arg === 'number') return formatNumber(arg, numericSeparator);
			if (typeof arg === 'bigint') return formatBigInt(arg, numericSeparator);
			if (type === 'symbol') return host.symbolToString(arg);
			if (isHostPrimitive(arg)) return String(arg);
			if (type === 'function' || !hasBuiltInToString(host, arg)) return host.toStringValue(arg);
			return inspect(arg, host, {...options, compact: 3, depth: 0});
		case 'j':
			return tryStringify(host, arg);
		case 'd':
			if (typeof arg === 'bigint') return formatBigInt(arg, numericSeparator);
			if (type === 'symbol') return 'NaN';
			return formatNumber(isObject(host, arg) ? host.toNumberValue(arg) : Number(arg), numericSeparator);
		case 'O':
			return inspect(arg, host, options);
		case 'o':
			return inspect(arg, host, {...options, showHidden: true, depth: 4});
		case 'i':
			if (typeof arg === 'bigint') return formatBigInt(arg, numericSeparator);
			if (type === 'symbol') return 'NaN';
			return formatNumber(Number.parseInt(toStringValue(host, arg)), numericSeparator);
		case 'f':
			if (type === 'symbol') return 'NaN';
			return formatNumber(Number.parseFloat(toStringValue(host, arg)), numericSeparator);
		default:
			return '';
	}
}

const placeholderLetters = new Set(['s', 'j', 'd', 'O', 'o', 'i', 'f', 'c']);

/** `util.formatWithOptions(options, ...args)`: a format string's placeholders, then the rest joined by spaces. */
export function formatWithOptions(options: Partial<InspectOptions>, args: readonly unknown[], host: InspectHost): string {
	const first = args[0];
	let a = 0;
	let str = '';
	let join = '';

	if (typeof first === 'string') {
		if (args.length === 1) return first;
		let lastPos = 0;
		for (let i = 0; i < first.length - 1; i++) {
			if (first[i] !== '%') continue;
			const nextChar = first[++i]!;
			if (a + 1 !== args.length) {
				if (nextChar === '%') {
					str += first.slice(lastPos, i);
					lastPos = i + 1;
					continue;
				}
				// Any other character is not a placeholder and stays as written.
				if (!placeholderLetters.has(nextChar)) continue;
				const tempStr = formatPlaceholder(host, options, nextChar, args[++a]);
				if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
				str += tempStr;
				lastPos = i + 1;
			} else if (nextChar === '%') {
				str += first.slice(lastPos, i);
				lastPos = i + 1;
			}
		}
		if (lastPos !== 0) {
			a++;
			join = ' ';
			if (lastPos < first.length) str += first.slice(lastPos);
		}
	}

	while (a < args.length) {
		const value = args[a];
		str += join;
		str += typeof value !== 'string' ? inspect(value, host, options) : value;
		join = ' ';
		a++;
	}
	return str;
}

/** What `console.log(...args)` writes (before the newline): Node's console passes no inspect options. */
export function formatLogArguments(args: readonly unknown[], host: InspectHost): string {
	return formatWithOptions({}, args, host);
}
