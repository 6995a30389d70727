import * as types from '../runtime/builtin-types.js';
import {callObject} from '../runtime/call.js';
import {dictItems} from '../runtime/dict-items.js';
import {dictSet, setAdd} from '../runtime/dict-ops.js';
import {baseException, overflowError, typeError, valueError} from '../runtime/exception-types.js';
import {getIterator, PyIterator, toArray} from '../runtime/iteration.js';
import {normalizeInt} from '../runtime/numbers.js';
import {PyClassMethod, PyProperty, PyStaticMethod} from '../runtime/py-callables.js';
import {PyBytes, PyDict, PyList, PyRange, PySet, PySlice, PyTuple, emptyTuple} from '../runtime/py-containers.js';
import {PyExceptionObject, PyInstance, PySuper} from '../runtime/py-instance.js';
import {PyFloat, PyObject, type Kwargs, type PyValue} from '../runtime/py-object.js';
import {PyType} from '../runtime/py-type.js';
import {raise} from '../runtime/raise.js';
import {repr, str} from '../runtime/repr.js';
import {truthy} from '../runtime/truthiness.js';
import {typeOf} from '../runtime/type-of.js';
import {buildClass} from '../interpreter/compile-function.js';
import {kwarg} from './define.js';
import {checkDigitsToParse} from '../runtime/int-str-digits.js';

/** How many characters at the start of `body` are digits of the base (what CPython counts against the limit). */
function leadingDigits(body: string, digits: string): number {
	let count = 0;
	for (const char of body.toLowerCase()) {
		if (!digits.includes(char)) break;
		count++;
	}
	return count;
}

/** Validated digits to a bigint: the host parses bases 2, 8, 10 and 16 in one go. */
function parseDigits(body: string, radix: number, digits: string): bigint {
	const prefix = ({2: '0b', 8: '0o', 10: '', 16: '0x'} as Record<number, string>)[radix];
	if (prefix !== undefined) return BigInt(prefix + body);
	let result = 0n;
	for (const char of body) result = result * BigInt(radix) + BigInt(digits.indexOf(char));
	return result;
}

/** `int(x)`, `int(text, base)`. */
export function toInt(value: PyValue, base?: PyValue): PyValue {
	if (typeof value === 'string' || value instanceof PyBytes) {
		const text = (typeof value === 'string' ? value : Array.from(value.bytes, byte => String.fromCharCode(byte)).join('')).trim().replace(/_/g, '');
		let radix = base === undefined ? 10 : Number(base);
		let body = text;
		const negative = body.startsWith('-');
		if (negative || body.startsWith('+')) body = body.slice(1);
		const prefix = /^0([xob])/i.exec(body);
		if (prefix && (radix === 0 || radix === {x: 16, o: 8, b: 2}[prefix[1]!.toLowerCase() as 'x'])) {
			radix = {x: 16, o: 8, b: 2}[prefix[1]!.toLowerCase() as 'x'];
			body = body.slice(2);
		} else if (radix === 0) radix = 10;
		const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, radix);
		const isPowerOfTwo = (radix & (radix - 1)) === 0;
		if (!isPowerOfTwo) checkDigitsToParse(leadingDigits(body, digits));
		if (body === '' || ![...body.toLowerCase()].every(char => digits.includes(char))) {
			raise(valueError, `invalid literal for int() with base ${base === undefined ? 10 : Number(base)}: ${repr(value)}`);
		}
		const result = parseDigits(body.toLowerCase(), radix, digits);
		return normalizeInt(negative ? -result : result);
	}
	if (typeof value === 'number' || typeof value === 'bigint') return value;
	if (typeof value === 'boolean') return value ? 1 : 0;
	if (value instanceof PyFloat) {
		if (Number.isNaN(value.value)) raise(valueError, 'cannot convert float NaN to integer');
		if (!Number.isFinite(value.value)) raise(overflowError, 'cannot convert float infinity to integer');
		const truncated = Math.trunc(value.value);
		return Number.isSafeInteger(truncated) ? truncated || 0 : normalizeInt(BigInt(truncated));
	}
	if (value instanceof PyObject) {
		for (const name of ['__int__', '__index__', '__trunc__']) {
			const method = typeOf(value).lookup(name);
			if (method !== undefined) return callObject(method, [value]);
		}
	}
	return raise(typeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(value).name}'`);
}

/** `float(x)`. */
export function toFloat(value: PyValue): PyFloat {
	if (value instanceof PyFloat) return value;
	if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
		const number = Number(value);
		if (!Number.isFinite(number)) raise(overflowError, 'int too large to convert to float');
		return new PyFloat(number);
	}
	if (typeof value === 'string') {
		const text = value.trim().toLowerCase().replace(/_/g, '');
		const special: Record<string, number> = {inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, '+infinity': Infinity, '-infinity': -Infinity, nan: NaN, '+nan': NaN, '-nan': NaN};
		if (text in special) return new PyFloat(special[text]!);
		if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/.test(text)) return new PyFloat(Number(text));
		return raise(valueError, `could not convert string to float: ${repr(value)}`);
	}
	if (value instanceof PyObject) {
		const method = typeOf(value).lookup('__float__');
		if (method !== undefined) return callObject(method, [value]) as PyFloat;
	}
	return raise(typeError, `float() argument must be a string or a real number, not '${typeOf(value).name}'`);
}

function rangeOf(args: PyValue[]): PyRange {
	const numbers = args.map(arg => {
		if (typeof arg !== 'number' && typeof arg !== 'boolean' && typeof arg !== 'bigint') raise(typeError, `'${typeOf(arg).name}' object cannot be interpreted as an integer`);
		return Number(arg);
	});
	if (numbers.length === 1) return new PyRange(0, numbers[0]!, 1);
	if (numbers.length === 2) return new PyRange(numbers[0]!, numbers[1]!, 1);
	if (numbers.length === 3) {
		if (numbers[2] === 0) raise(valueError, 'range() arg 3 must not be zero');
		return new PyRange(numbers[0]!, numbers[1]!, numbers[2]!);
	}
	return raise(typeError, `range expected at most 3 arguments, got ${numbers.length}`);
}

function dictFrom(cls: PyType, args: PyValue[], kwargs: Kwargs | null): PyDict {
	const dict = new PyDict();
	if (cls !== types.dictType) dict.subclass = cls;
	if (args.length > 0) {
		const source = args[0]!;
		if (source instanceof PyDict || (source instanceof PyObject && typeOf(source).lookup('keys') !== undefined)) {
			for (const [key, value] of dictItems(source)) dictSet(dict, key, value);
		} else {
			let index = 0;
			for (const pair of toArray(source)) {
				const items = toArray(pair);
				if (items.length !== 2) raise(valueError, `dictionary update sequence element #${index} has length ${items.length}; 2 is required`);
				dictSet(dict, items[0]!, items[1]!);
				index++;
			}
		}
	}
	if (kwargs) for (const [key, value] of kwargs) dictSet(dict, key, value);
	return dict;
}

function enumerateOf(args: PyValue[], kwargs: Kwargs | null): PyIterator {
	const iterator = getIterator(args[0]!);
	let count = Number(args[1] ?? kwarg(kwargs, 'start', 0));
	return new PyIterator('enumerate', () => {
		const item = iterator.nextValue();
		return item === undefined ? undefined : new PyTuple([count++, item]);
	});
}

function zipOf(args: PyValue[], kwargs: Kwargs | null): PyIterator {
	const iterators = args.map(getIterator);
	const strict = truthy(kwarg(kwargs, 'strict', false));
	return new PyIterator('zip', () => {
		if (iterators.length === 0) return undefined;
		const items: PyValue[] = [];
		for (const [index, iterator] of iterators.entries()) {
			const item = iterator.nextValue();
			if (item === undefined) {
				if (strict && (index > 0 || iterators.slice(1).some(other => other.nextValue() !== undefined))) raise(valueError, `zip() argument ${index + 1} is shorter than argument${index > 1 ? 's 1-' + index : ' 1'}`);
				return undefined;
			}
			items.push(item);
		}
		return new PyTuple(items);
	});
}

function mapOf(args: PyValue[]): PyIterator {
	const [fn, ...iterables] = args;
	const iterators = iterables.map(getIterator);
	return new PyIterator('map', () => {
		const items: PyValue[] = [];
		for (const iterator of iterators) {
			const item = iterator.nextValue();
			if (item === undefined) return undefined;
			items.push(item);
		}
		return callObject(fn!, items);
	});
}

function filterOf(args: PyValue[]): PyIterator {
	const [fn, iterable] = args as [PyValue, PyValue];
	const iterator = getIterator(iterable);
	return new PyIterator('filter', () => {
		for (let item = iterator.nextValue(); item !== undefined; item = iterator.nextValue()) {
			if (fn === null ? truthy(item) : truthy(callObject(fn, [item]))) return item;
		}
		return undefined;
	});
}

function reversedOf(args: PyValue[]): PyValue {
	const value = args[0]!;
	if (value instanceof PyObject && !(value instanceof PyList) && !(value instanceof PyTuple) && !(value instanceof PyRange)) {
		const method = typeOf(value).lookup('__reversed__');
		if (method !== undefined) return callObject(method, [value]);
		if (value instanceof PyDict) {
			const keys = [...value.map.values()].map(entry => entry.key).reverse();
			let index = 0;
			return new PyIterator('dict_reversekeyiterator', () => keys[index++]);
		}
		if (typeOf(value).lookup('__getitem__') === undefined) raise(typeError, `'${typeOf(value).name}' object is not reversible`);
	}
	if (value instanceof PySet) raise(typeError, `'set' object is not reversible`);
	const items = value instanceof PyList ? value.items : toArray(value);
	let index = items.length - 1;
	return new PyIterator(value instanceof PyList ? 'list_reverseiterator' : 'reversed', () => (index >= 0 && index < items.length ? items[index--] : undefined));
}

/** How calling each builtin class makes an instance. */
export function installConstructors(): void {
	types.objectType.nativeNew = cls => new PyInstance(cls);
	types.intType.nativeNew = (_cls, args, kwargs) => (args.length === 0 ? 0 : toInt(args[0]!, args[1] ?? kwargs?.get('base')));
	types.boolType.nativeNew = (_cls, args) => (args.length === 0 ? false : truthy(args[0]!));
	types.floatType.nativeNew = (_cls, args) => (args.length === 0 ? new PyFloat(0) : toFloat(args[0]!));
	types.strType.nativeNew = (_cls, args) => (args.length === 0 ? '' : args[0] instanceof PyBytes && args.length > 1 ? new TextDecoder().decode((args[0] as PyBytes).bytes) : str(args[0]!));
	types.listType.nativeNew = (_cls, args) => new PyList(args.length === 0 ? [] : toArray(args[0]!));
	types.tupleType.nativeNew = (_cls, args) => (args.length === 0 ? emptyTuple : args[0] instanceof PyTuple ? args[0] : new PyTuple(toArray(args[0]!)));
	types.dictType.nativeNew = dictFrom;
	types.setType.nativeNew = (_cls, args) => {
		const set = new PySet(false);
		if (args.length > 0) for (const item of toArray(args[0]!)) setAdd(set, item);
		return set;
	};
	types.frozensetType.nativeNew = (_cls, args) => {
		const set = new PySet(true);
		if (args.length > 0) for (const item of toArray(args[0]!)) setAdd(set, item);
		return set;
	};
	types.bytesType.nativeNew = (_cls, args) => {
		const value = args[0];
		if (value === undefined) return new PyBytes(new Uint8Array());
		if (typeof value === 'string') return new PyBytes(new TextEncoder().encode(value));
		if (typeof value === 'number') return new PyBytes(new Uint8Array(value));
		return new PyBytes(Uint8Array.from(toArray(value).map(Number)));
	};
	types.rangeType.nativeNew = (_cls, args) => rangeOf(args);
	types.sliceType.nativeNew = (_cls, args) => (args.length === 1 ? new PySlice(null, args[0]!, null) : new PySlice(args[0] ?? null, args[1] ?? null, args[2] ?? null));
	types.enumerateType.nativeNew = (_cls, args, kwargs) => enumerateOf(args, kwargs);
	types.zipType.nativeNew = (_cls, args, kwargs) => zipOf(args, kwargs);
	types.mapType.nativeNew = (_cls, args) => mapOf(args);
	types.filterType.nativeNew = (_cls, args) => filterOf(args);
	types.reversedType.nativeNew = (_cls, args) => reversedOf(args);
	types.propertyType.nativeNew = (_cls, args, kwargs) => new PyProperty(args[0] ?? kwarg(kwargs, 'fget', null), args[1] ?? kwarg(kwargs, 'fset', null), args[2] ?? kwarg(kwargs, 'fdel', null), args[3] ?? null);
	types.staticmethodType.nativeNew = (_cls, args) => new PyStaticMethod(args[0]!);
	types.classmethodType.nativeNew = (_cls, args) => new PyClassMethod(args[0]!);
	types.superType.nativeNew = (_cls, args) => {
		const [thisClass, obj] = args as [PyType, PyValue];
		return new PySuper(thisClass, obj, obj instanceof PyType && obj.isSubtypeOf(thisClass) ? obj : typeOf(obj));
	};
	types.typeType.nativeNew = (_cls, args) => {
		if (args.length === 1) return typeOf(args[0]!);
		const [name, bases, namespace] = args as [string, PyTuple, PyDict];
		const entries = new Map<string, PyValue>();
		for (const entry of namespace.map.values()) entries.set(entry.key as string, entry.value);
		return buildClass(name, name, bases.items as PyType[], entries);
	};
	baseException.nativeNew = (cls, args) => {
		const exception = new PyExceptionObject(cls);
		exception.args = args;
		return exception;
	};
}

