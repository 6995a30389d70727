import {bytesType, strType} from '../runtime/builtin-types.js';
import {PyMethodDescriptor} from '../runtime/py-callables.js';
import {PyBytes, PyList, PyTuple} from '../runtime/py-containers.js';
import type {PyValue} from '../runtime/py-object.js';
import {defineMethods} from './define.js';
import './str-methods.js';

/**
 * The bytes methods that work like their str twins (Objects/bytes_methods.c shares them with str):
 * each byte is taken as one Latin-1 character, the str method runs, and text in its result
 * becomes bytes again.
 */
const sharedWithStr = [
	'upper', 'lower', 'title', 'capitalize', 'swapcase', 'split', 'rsplit', 'strip', 'lstrip', 'rstrip', 'startswith', 'endswith',
	'find', 'rfind', 'index', 'rindex', 'count', 'replace', 'join', 'partition', 'rpartition', 'splitlines',
	'isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'center', 'ljust', 'rjust', 'zfill',
];

const asText = (bytes: Uint8Array): string => Array.from(bytes, byte => String.fromCharCode(byte)).join('');
const asBytes = (text: string): PyBytes => new PyBytes(Uint8Array.from(text, char => char.charCodeAt(0)));

function toText(value: PyValue): PyValue {
	if (value instanceof PyBytes) return asText(value.bytes);
	if (value instanceof PyList) return new PyList(value.items.map(toText));
	if (value instanceof PyTuple) return new PyTuple(value.items.map(toText));
	return value;
}

function toBytes(value: PyValue): PyValue {
	if (typeof value === 'string') return asBytes(value);
	if (value instanceof PyList) return new PyList(value.items.map(toBytes));
	if (value instanceof PyTuple) return new PyTuple(value.items.map(toBytes));
	return value;
}

const methods: Record<string, (self: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue> = {};
for (const name of sharedWithStr) {
	const twin = strType.dict.get(name);
	if (!(twin instanceof PyMethodDescriptor)) continue;
	methods[name] = (self, args, kwargs) => toBytes(twin.fn(asText((self as PyBytes).bytes), args.map(toText), kwargs));
}
defineMethods(bytesType, methods);
