import {strType} from '../runtime/builtin-types.js';
import {typeError, valueError} from '../runtime/exception-types.js';
import {toArray} from '../runtime/iteration.js';
import {PyBytes, PyList, PyTuple} from '../runtime/py-containers.js';
import type {PyValue} from '../runtime/py-object.js';
import {raise} from '../runtime/raise.js';
import {typeOf} from '../runtime/type-of.js';
import {defineMethods, kwarg} from './define.js';
import {formatString} from './str-format.js';
import {checkStringLength} from '../runtime/simulation-stop.js';
import {truthy} from '../runtime/truthiness.js';

const asStr = (self: PyValue) => self as string;
const whitespace = ' \t\n\r\x0b\x0c';

function stripChars(text: string, chars: PyValue | undefined, left: boolean, right: boolean): string {
	const set = chars === undefined || chars === null ? whitespace : (chars as string);
	let start = 0;
	let end = text.length;
	if (left) while (start < end && set.includes(text[start]!)) start++;
	if (right) while (end > start && set.includes(text[end - 1]!)) end--;
	return text.slice(start, end);
}

function splitWhitespace(text: string, maxsplit: number): string[] {
	const parts: string[] = [];
	let rest = text.replace(/^\s+/, '');
	while (rest !== '') {
		if (maxsplit >= 0 && parts.length === maxsplit) {
			parts.push(rest);
			break;
		}
		const match = /\s+/.exec(rest);
		if (!match) {
			parts.push(rest);
			break;
		}
		parts.push(rest.slice(0, match.index));
		rest = rest.slice(match.index + match[0].length);
	}
	return parts;
}

function split(text: string, sep: PyValue | undefined, maxsplit: number): string[] {
	if (sep === undefined || sep === null) return splitWhitespace(text, maxsplit);
	if (typeof sep !== 'string') raise(typeError, `must be str or None, not ${typeOf(sep).name}`);
	if (sep === '') raise(valueError, 'empty separator');
	const parts = text.split(sep as string);
	if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts;
	return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep as string)];
}

function isCased(text: string, test: (char: string) => boolean): boolean {
	let cased = false;
	for (const char of text) {
		if (char.toLowerCase() !== char.toUpperCase()) {
			if (!test(char)) return false;
			cased = true;
		}
	}
	return cased;
}

function title(text: string): string {
	return text.replace(/[A-Za-z\u00c0-\uffff]+/g, word => word[0]!.toUpperCase() + word.slice(1).toLowerCase());
}

function matchesAny(method: string, prefix: PyValue | undefined, test: (candidate: string) => boolean): boolean {
	if (prefix === undefined) return raise(typeError, `${method}() takes at least 1 argument (0 given)`);
	if (prefix instanceof PyTuple) return prefix.items.some(item => test(item as string));
	if (typeof prefix !== 'string') raise(typeError, `${method} first arg must be str or a tuple of str, not ${typeOf(prefix).name}`);
	return test(prefix as string);
}

defineMethods(strType, {
	upper: self => asStr(self).toUpperCase(),
	lower: self => asStr(self).toLowerCase(),
	casefold: self => asStr(self).toLowerCase(),
	capitalize: self => {
		const text = asStr(self);
		return text.slice(0, 1).toUpperCase() + text.slice(1).toLowerCase();
	},
	title: self => title(asStr(self)),
	swapcase: self => [...asStr(self)].map(char => (char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase())).join(''),
	strip: (self, args) => stripChars(asStr(self), args[0], true, true),
	lstrip: (self, args) => stripChars(asStr(self), args[0], true, false),
	rstrip: (self, args) => stripChars(asStr(self), args[0], false, true),
	split: (self, args, kwargs) => new PyList(split(asStr(self), args[0] ?? kwargs?.get('sep'), Number(args[1] ?? kwargs?.get('maxsplit') ?? -1))),
	rsplit: (self, args, kwargs) => {
		const sep = args[0] ?? kwargs?.get('sep');
		const maxsplit = Number(args[1] ?? kwargs?.get('maxsplit') ?? -1);
		const text = asStr(self);
		if (maxsplit < 0) return new PyList(split(text, sep, -1));
		if (sep === undefined || sep === null) {
			const words = splitWhitespace(text, -1);
			if (words.length <= maxsplit + 1) return new PyList(words);
			const keep = words.slice(words.length - maxsplit);
			let head = text.trimEnd();
			for (let index = keep.length - 1; index >= 0; index--) head = head.slice(0, head.lastIndexOf(keep[index]!)).trimEnd();
			return new PyList([head, ...keep]);
		}
		const parts = text.split(sep as string);
		if (parts.length <= maxsplit + 1) return new PyList(parts);
		return new PyList([parts.slice(0, parts.length - maxsplit).join(sep as string), ...parts.slice(parts.length - maxsplit)]);
	},
	splitlines: (self, args, kwargs) => {
		const keep = truthy(args[0] ?? kwarg(kwargs, 'keepends', false));
		const text = asStr(self);
		const lines: string[] = [];
		const pattern = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
		let last = 0;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			lines.push(text.slice(last, keep ? match.index + match[0].length : match.index));
			last = match.index + match[0].length;
		}
		if (last < text.length) lines.push(text.slice(last));
		return new PyList(lines);
	},
	join: (self, args) => {
		const items = toArray(args[0]!);
		items.forEach((item, index) => {
			if (typeof item !== 'string') raise(typeError, `sequence item ${index}: expected str instance, ${typeOf(item).name} found`);
		});
		return items.join(asStr(self));
	},
	replace: (self, args) => {
		const [old, replacement, count] = args as [string, string, number?];
		if (count === undefined || count < 0) return asStr(self).split(old).join(replacement);
		let text = asStr(self);
		let result = '';
		for (let done = 0; done < count; done++) {
			const index = text.indexOf(old);
			if (index < 0) break;
			result += text.slice(0, index) + replacement;
			text = text.slice(index + old.length);
			if (old === '') {
				result += text.slice(0, 1);
				text = text.slice(1);
			}
		}
		return result + text;
	},
	find: (self, args) => asStr(self).indexOf(args[0] as string, Number(args[1] ?? 0)),
	rfind: (self, args) => asStr(self).lastIndexOf(args[0] as string),
	index: (self, args) => {
		const index = asStr(self).indexOf(args[0] as string, Number(args[1] ?? 0));
		if (index < 0) raise(valueError, 'substring not found');
		return index;
	},
	rindex: (self, args) => {
		const index = asStr(self).lastIndexOf(args[0] as string);
		if (index < 0) raise(valueError, 'substring not found');
		return index;
	},
	count: (self, args) => {
		const needle = args[0] as string;
		const text = sliceOf(asStr(self), args[1], args[2]);
		if (needle === '') return text.length + 1;
		return text.split(needle).length - 1;
	},
	startswith: (self, args) => matchesAny('startswith', args[0], prefix => asStr(self).slice(Number(args[1] ?? 0)).startsWith(prefix)),
	endswith: (self, args) => matchesAny('endswith', args[0], suffix => asStr(self).endsWith(suffix)),
	isdigit: self => /^[0-9]+$/.test(asStr(self)),
	isdecimal: self => /^[0-9]+$/.test(asStr(self)),
	isnumeric: self => /^\p{N}+$/u.test(asStr(self)),
	isalpha: self => /^\p{L}+$/u.test(asStr(self)),
	isalnum: self => /^[\p{L}\p{N}]+$/u.test(asStr(self)),
	isspace: self => /^\s+$/.test(asStr(self)),
	isupper: self => isCased(asStr(self), char => char === char.toUpperCase()),
	islower: self => isCased(asStr(self), char => char === char.toLowerCase()),
	istitle: self => asStr(self) !== '' && title(asStr(self)) === asStr(self) && /[A-Za-z]/.test(asStr(self)),
	isidentifier: self => /^[A-Za-z_][A-Za-z0-9_]*$/.test(asStr(self)),
	center: (self, args) => {
		const text = asStr(self);
		const width = Number(args[0]);
		const fill = (args[1] as string | undefined) ?? ' ';
		if (width <= text.length) return text;
		checkStringLength(width);
		const total = width - text.length;
		const left = Math.floor(total / 2) + (total % 2 && width % 2 ? 1 : 0);
		return fill.repeat(left) + text + fill.repeat(total - left);
	},
	ljust: (self, args) => asStr(self).padEnd(paddedWidth(args[0]), (args[1] as string | undefined) ?? ' '),
	rjust: (self, args) => asStr(self).padStart(paddedWidth(args[0]), (args[1] as string | undefined) ?? ' '),
	zfill: (self, args) => {
		const text = asStr(self);
		const width = paddedWidth(args[0]);
		const sign = text.startsWith('-') || text.startsWith('+') ? text[0]! : '';
		return sign + text.slice(sign.length).padStart(width - sign.length, '0');
	},
	partition: (self, args) => {
		const text = asStr(self);
		const sep = args[0] as string;
		const index = text.indexOf(sep);
		return index < 0 ? new PyTuple([text, '', '']) : new PyTuple([text.slice(0, index), sep, text.slice(index + sep.length)]);
	},
	rpartition: (self, args) => {
		const text = asStr(self);
		const sep = args[0] as string;
		const index = text.lastIndexOf(sep);
		return index < 0 ? new PyTuple(['', '', text]) : new PyTuple([text.slice(0, index), sep, text.slice(index + sep.length)]);
	},
	removeprefix: (self, args) => (asStr(self).startsWith(args[0] as string) ? asStr(self).slice((args[0] as string).length) : asStr(self)),
	removesuffix: (self, args) => (args[0] !== '' && asStr(self).endsWith(args[0] as string) ? asStr(self).slice(0, -(args[0] as string).length) : asStr(self)),
	expandtabs: (self, args) => {
		const size = Number(args[0] ?? 8);
		let column = 0;
		let out = '';
		for (const char of asStr(self)) {
			if (char === '\t') {
				const spaces = size > 0 ? size - (column % size) : 0;
				out += ' '.repeat(spaces);
				column += spaces;
			} else {
				out += char;
				column = char === '\n' || char === '\r' ? 0 : column + 1;
			}
		}
		return out;
	},
	encode: self => new PyBytes(new TextEncoder().encode(asStr(self))),
	format: (self, args, kwargs) => formatString(asStr(self), args, kwargs),
	format_map: (self, args) => formatString(asStr(self), [], null, args[0]!),
});

/** The width `ljust`/`rjust` pad to, within loopstep's cap on str length. */
function paddedWidth(width: PyValue | undefined): number {
	const wanted = Number(width);
	checkStringLength(wanted);
	return wanted;
}

/** `text[start:end]` for the optional bounds of `count`, `find` and friends (None means open). */
function sliceOf(text: string, start: PyValue | undefined, end: PyValue | undefined): string {
	const bound = (value: PyValue | undefined, fallback: number): number => {
		if (value === undefined || value === null) return fallback;
		const index = Number(value);
		return index < 0 ? Math.max(0, text.length + index) : Math.min(index, text.length);
	};
	return text.slice(bound(start, 0), bound(end, text.length));
}
