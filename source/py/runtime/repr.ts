import {objectType} from './builtin-types.js';
import {callObject} from './call.js';
import {baseExceptionGroup, typeError} from './exception-types.js';
import {floatRepr} from './numbers.js';
import {addressOf} from './object-ids.js';
import {isUserMethod, PyBoundMethod, PyBuiltinFunction, PyClassMethod, PyFunction, PyMethodDescriptor, PyProperty, PyStaticMethod} from './py-callables.js';
import {PyBytes, PyDict, PyList, PyRange, PySet, PySlice, PyTuple} from './py-containers.js';
import {PyExceptionObject, PyInstance, PyModule} from './py-instance.js';
import {PyFloat, PyObject, type PyValue} from './py-object.js';
import {PyType} from './py-type.js';
import {raise} from './raise.js';
import {typeOf} from './type-of.js';
import {setMembers} from './set-order.js';
import {intToDecimal} from './int-str-digits.js';

/** Objects implemented in TypeScript (deque, Future, generators) describe themselves. */
export interface SelfDescribing {
	describe(): string;
}

function isSelfDescribing(value: object): value is SelfDescribing {
	return typeof (value as Partial<SelfDescribing>).describe === 'function';
}

const inProgress = new Set<PyObject>();

/** `repr(value)`. */
export function repr(value: PyValue): string {
	switch (typeof value) {
		case 'number':
		case 'bigint':
			return intToDecimal(value);
		case 'string':
			return strRepr(value);
		case 'boolean':
			return value ? 'True' : 'False';
	}
	if (value === null) return 'None';
	if (value instanceof PyFloat) return floatRepr(value.value);
	const type = value.cls;
	if (!type.builtin || value instanceof PyExceptionObject) {
		const custom = type.lookup('__repr__');
		if (isUserMethod(custom)) return checkString(callObject(custom, [value]), '__repr__');
	}
	if (inProgress.has(value)) return reprRecursive(value);
	inProgress.add(value);
	try {
		return reprBuiltin(value);
	} finally {
		inProgress.delete(value);
	}
}

function checkString(result: PyValue, method: string): string {
	if (typeof result !== 'string') raise(typeError, `${method} returned non-string (type ${typeOf(result).name})`);
	return result;
}

function reprRecursive(value: PyObject): string {
	if (value instanceof PyList) return '[...]';
	if (value instanceof PyDict) return '{...}';
	return '...';
}

function reprBuiltin(value: PyObject): string {
	if (value instanceof PyList) return `[${value.items.map(repr).join(', ')}]`;
	if (value instanceof PyTuple && value.subclass) {
		const fields = value.subclass.lookup('_fields');
		const names = fields instanceof PyTuple ? fields.items : [];
		return `${value.subclass.name}(${value.items.map((item, index) => `${String(names[index])}=${repr(item)}`).join(', ')})`;
	}
	if (value instanceof PyTuple) return value.items.length === 1 ? `(${repr(value.items[0]!)},)` : `(${value.items.map(repr).join(', ')})`;
	if (value instanceof PyDict) return dictRepr(value);
	if (value instanceof PySet) return setRepr(value);
	if (value instanceof PyExceptionObject) return `${value.type.name}(${value.args.map(repr).join(', ')})`;
	if (value instanceof PyType) return `<class '${value.module === 'builtins' ? '' : `${value.module}.`}${value.qualname}'>`;
	if (value instanceof PyFunction) return `<function ${value.qualname} at ${addressOf(value)}>`;
	if (value instanceof PyBoundMethod) {
		const func = value.func;
		const name = func instanceof PyFunction ? func.qualname : repr(func);
		return `<bound method ${name} of ${repr(value.self)}>`;
	}
	if (value instanceof PyBuiltinFunction) {
		if (value.self === undefined || value.self instanceof PyModule) return `<built-in function ${value.name}>`;
		return `<built-in method ${value.name} of ${typeOf(value.self).name} object at ${addressOf(value)}>`;
	}
	if (value instanceof PyMethodDescriptor) return `<method '${value.name}' of '${value.owner.name}' objects>`;
	if (value instanceof PyModule) return `<module '${value.name}' (built-in)>`;
	if (value instanceof PyRange) return value.step === 1 ? `range(${value.start}, ${value.stop})` : `range(${value.start}, ${value.stop}, ${value.step})`;
	if (value instanceof PySlice) return `slice(${repr(value.start)}, ${repr(value.stop)}, ${repr(value.step)})`;
	if (value instanceof PyBytes) return bytesRepr(value.bytes);
	if (value instanceof PyProperty) return `<property object at ${addressOf(value)}>`;
	if (value instanceof PyStaticMethod) return `<staticmethod(${repr(value.func)})>`;
	if (value instanceof PyClassMethod) return `<classmethod(${repr(value.func)})>`;
	if (isSelfDescribing(value)) return value.describe();
	const type = value.cls;
	const module = type.module === 'builtins' ? '' : `${type.module}.`;
	if (value instanceof PyInstance || type !== objectType) return `<${module}${type.qualname} object at ${addressOf(value)}>`;
	return `<object object at ${addressOf(value)}>`;
}

function dictRepr(dict: PyDict): string {
	const parts: string[] = [];
	for (const entry of dict.map.values()) parts.push(`${repr(entry.key)}: ${repr(entry.value)}`);
	const body = `{${parts.join(', ')}}`;
	const subclass = dict.subclass;
	if (!subclass) return body;
	if (subclass.name === 'defaultdict') return `defaultdict(${repr(dict.defaultFactory ?? null)}, ${body})`;
	if (subclass.name === 'Counter') {
		const entries = [...dict.map.values()].sort((a, b) => Number(b.value) - Number(a.value));
		return dict.size === 0 ? 'Counter()' : `Counter({${entries.map(entry => `${repr(entry.key)}: ${repr(entry.value)}`).join(', ')}})`;
	}
	if (subclass.name === 'OrderedDict') return dict.size === 0 ? 'OrderedDict()' : `OrderedDict([${[...dict.map.values()].map(entry => `(${repr(entry.key)}, ${repr(entry.value)})`).join(', ')}])`;
	return body;
}

function setRepr(set: PySet): string {
	const name = set.frozen ? 'frozenset' : 'set';
	if (set.map.size === 0) return `${name}()`;
	const body = `{${setMembers(set).map(repr).join(', ')}}`;
	return set.frozen ? `frozenset(${body})` : body;
}

/** `repr(str)`: single quotes unless the text holds one and no double quote. */
export function strRepr(text: string): string {
	const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
	let out = quote;
	for (const char of text) {
		const code = char.codePointAt(0)!;
		if (char === quote || char === '\\') out += `\\${char}`;
		else if (char === '\n') out += '\\n';
		else if (char === '\r') out += '\\r';
		else if (char === '\t') out += '\\t';
		else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
		else if (code >= 0x80 && code < 0xa0) out += `\\x${code.toString(16)}`;
		else if (code === 0xad || (code >= 0xd800 && code <= 0xdfff)) out += `\\u${code.toString(16).padStart(4, '0')}`;
		else out += char;
	}
	return out + quote;
}

export function bytesRepr(bytes: Uint8Array): string {
	const text = String.fromCharCode(...bytes);
	const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
	let out = `b${quote}`;
	for (const byte of bytes) {
		const char = String.fromCharCode(byte);
		if (char === quote || char === '\\') out += `\\${char}`;
		else if (char === '\n') out += '\\n';
		else if (char === '\r') out += '\\r';
		else if (char === '\t') out += '\\t';
		else if (byte < 0x20 || byte >= 0x7f) out += `\\x${byte.toString(16).padStart(2, '0')}`;
		else out += char;
	}
	return out + quote;
}

/** `str(value)`. */
export function str(value: PyValue): string {
	if (typeof value === 'string') return value;
	if (value === null || typeof value !== 'object' || value instanceof PyFloat) return repr(value);
	const type = value.cls;
	const custom = type.lookup('__str__');
	if (isUserMethod(custom)) return checkString(callObject(custom, [value]), '__str__');
	if (value instanceof PyExceptionObject) return exceptionStr(value);
	return repr(value);
}

/** `BaseException.__str__`; `KeyError` shows its key's repr. */
export function exceptionStr(exception: PyExceptionObject): string {
	const args = exception.args;
	if (exception.type.isSubtypeOf(baseExceptionGroup)) {
		const members = args[1];
		const count = members instanceof PyList || members instanceof PyTuple ? members.items.length : 0;
		return `${str(args[0] ?? '')} (${count} sub-exception${count === 1 ? '' : 's'})`;
	}
	if (args.length === 0) return '';
	if (args.length === 1) {
		if (exception.type.name === 'KeyError' && exception.type.module === 'builtins') return repr(args[0]!);
		return str(args[0]!);
	}
	return repr(new PyTuple(args));
}
