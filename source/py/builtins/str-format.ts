import {getAttr} from '../runtime/attributes.js';
import {indexError, keyError, valueError} from '../runtime/exception-types.js';
import {formatValue} from '../runtime/format-spec.js';
import type {Kwargs, PyValue} from '../runtime/py-object.js';
import {newException, raise} from '../runtime/raise.js';
import {repr, str} from '../runtime/repr.js';
import {getItem} from '../runtime/subscript.js';

/** `str.format(*args, **kwargs)` (and `format_map`). */
export function formatString(template: string, args: PyValue[], kwargs: Kwargs | null, mapping?: PyValue): string {
	let autoIndex = 0;
	let out = '';
	let index = 0;
	while (index < template.length) {
		const char = template[index]!;
		if (char === '{' && template[index + 1] === '{') {
			out += '{';
			index += 2;
			continue;
		}
		if (char === '}' && template[index + 1] === '}') {
			out += '}';
			index += 2;
			continue;
		}
		if (char === '}') raise(valueError, "Single '}' encountered in format string");
		if (char !== '{') {
			out += char;
			index++;
			continue;
		}
		let depth = 1;
		let end = index + 1;
		while (end < template.length && depth > 0) {
			if (template[end] === '{') depth++;
			else if (template[end] === '}') depth--;
			if (depth > 0) end++;
		}
		if (depth > 0) raise(valueError, "expected '}' before end of string");
		const field = template.slice(index + 1, end);
		index = end + 1;
		const match = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(field)!;
		const [, name = '', conversion, rawSpec = ''] = match;
		const spec = rawSpec.includes('{') ? formatString(rawSpec, args, kwargs, mapping) : rawSpec;
		const [head, ...rest] = name.split(/(?=[.[])/);
		let value: PyValue;
		if (head === '') {
			if (autoIndex >= args.length) raise(indexError, `Replacement index ${autoIndex} out of range for positional args tuple`);
			value = args[autoIndex++]!;
		} else if (/^\d+$/.test(head!)) {
			const position = Number(head);
			if (position >= args.length) raise(indexError, `Replacement index ${position} out of range for positional args tuple`);
			value = args[position]!;
		} else {
			const found = mapping !== undefined ? getItem(mapping, head!) : kwargs?.get(head!);
			if (found === undefined) throw newException(keyError, head!);
			value = found;
		}
		for (const accessor of rest) {
			if (accessor.startsWith('.')) value = getAttr(value, accessor.slice(1));
			else {
				const key = accessor.slice(1, -1);
				value = getItem(value, /^\d+$/.test(key) ? Number(key) : key);
			}
		}
		if (conversion === 'r' || conversion === 'a') value = repr(value);
		else if (conversion === 's') value = str(value);
		out += formatValue(value, spec);
	}
	return out;
}
