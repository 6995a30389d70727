import {PyDict, PyList, PyTuple} from '../runtime/py-containers.js';
import type {PyValue} from '../runtime/py-object.js';
import {repr} from '../runtime/repr.js';

/** reprlib.Repr's defaults, as asyncio uses them to show a callback's arguments. */
const maxString = 30;
const maxLong = 40;
const maxList = 6;
const maxDict = 4;
const maxLevel = 6;

/** `reprlib.repr(value)` (Lib/reprlib.py) for the values callbacks usually get. */
export function reprlibRepr(value: PyValue, level = maxLevel): string {
	if (typeof value === 'string') return cut(repr(value), maxString);
	if (typeof value === 'number' || typeof value === 'bigint') return cut(repr(value), maxLong);
	if (value instanceof PyList || value instanceof PyTuple) {
		const [open, close] = value instanceof PyList ? ['[', ']'] : ['(', ')'];
		if (value.items.length === 0) return `${open}${close}`;
		if (level <= 0) return `${open}...${close}`;
		const shown = value.items.slice(0, maxList).map(item => reprlibRepr(item, level - 1));
		if (value.items.length > maxList) shown.push('...');
		const trailing = value instanceof PyTuple && value.items.length === 1 ? ',' : '';
		return `${open}${shown.join(', ')}${trailing}${close}`;
	}
	if (value instanceof PyDict) {
		if (value.map.size === 0) return '{}';
		if (level <= 0) return '{...}';
		const shown = [...value.map.values()].slice(0, maxDict).map(entry => `${reprlibRepr(entry.key, level - 1)}: ${reprlibRepr(entry.value, level - 1)}`);
		if (value.map.size > maxDict) shown.push('...');
		return `{${shown.join(', ')}}`;
	}
	return repr(value);
}

/** `Repr.repr_str`/`repr_int`: the middle of a long repr becomes `...`. */
function cut(text: string, limit: number): string {
	if (text.length <= limit) return text;
	const head = Math.max(0, Math.floor((limit - 3) / 2));
	const tail = Math.max(0, limit - 3 - head);
	return `${text.slice(0, head)}...${text.slice(text.length - tail)}`;
}
