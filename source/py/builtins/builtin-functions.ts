import {binaryOp} from '../runtime/arithmetic.js';
import {findAttr, getAttr, setAttr, delAttr} from '../runtime/attributes.js';
import {callMethod, callObject} from '../runtime/call.js';
import {lessThan, pyEquals} from '../runtime/comparison.js';
import {attributeError, overflowError, stopIteration, typeError, valueError} from '../runtime/exception-types.js';
import {formatValue, toFixed} from '../runtime/format-spec.js';
import {hashKey} from '../runtime/hash-key.js';
import {getIterator, nextOf, PyIterator, PyIteratorObject, toArray} from '../runtime/iteration.js';
import {intFloorDiv, intMod, normalizeInt, roundHalfEven, floatFloorDiv, floatMod, toBig, type PyInt} from '../runtime/numbers.js';
import {objectId, valueId} from '../runtime/object-ids.js';
import {PyBuiltinFunction, PyBoundMethod, PyFunction} from '../runtime/py-callables.js';
import {PyBytes, PyList, PyTuple} from '../runtime/py-containers.js';
import {PyExceptionObject} from '../runtime/py-instance.js';
import {PyFloat, PyObject, type Kwargs, type PyValue} from '../runtime/py-object.js';
import {PyType} from '../runtime/py-type.js';
import {raise} from '../runtime/raise.js';
import {repr} from '../runtime/repr.js';
import {truthy} from '../runtime/truthiness.js';
import {isInstance, typeOf} from '../runtime/type-of.js';
import type {Interpreter} from '../interpreter/interpreter.js';
import {NotAvailable} from '../interpreter/not-available.js';
import {builtinFunction, expectArgs, kwarg} from './define.js';
import {sortList} from './list-methods.js';
import {lengthOf} from './length.js';
import {printTo} from './print.js';

function isinstanceCheck(value: PyValue, spec: PyValue): boolean {
	if (spec instanceof PyType) return isInstance(value, spec);
	if (spec instanceof PyTuple) return spec.items.some(item => isinstanceCheck(value, item));
	return raise(typeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

function issubclassCheck(cls: PyValue, spec: PyValue): boolean {
	if (!(cls instanceof PyType)) raise(typeError, 'issubclass() arg 1 must be a class');
	if (spec instanceof PyType) return cls.isSubtypeOf(spec);
	if (spec instanceof PyTuple) return spec.items.some(item => issubclassCheck(cls, item));
	return raise(typeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

function extreme(name: 'min' | 'max', args: PyValue[], kwargs: Kwargs | null): PyValue {
	const key = kwarg(kwargs, 'key', null);
	const fallback = kwargs?.get('default');
	const items = args.length === 1 ? toArray(args[0]!) : args;
	if (args.length === 0) raise(typeError, `${name} expected at least 1 argument, got 0`);
	if (items.length === 0) {
		if (fallback !== undefined) return fallback;
		raise(valueError, `${name}() arg is an empty sequence`);
	}
	let best = items[0]!;
	let bestKey = key === null ? best : callObject(key, [best]);
	for (let index = 1; index < items.length; index++) {
		const item = items[index]!;
		const itemKey = key === null ? item : callObject(key, [item]);
		if (name === 'min' ? lessThan(itemKey, bestKey) : lessThan(bestKey, itemKey)) {
			best = item;
			bestKey = itemKey;
		}
	}
	return best;
}

function roundValue(args: PyValue[]): PyValue {
	expectArgs('round', args, 1, 2);
	const [value, digits = null] = args as [PyValue, PyValue?];
	if (value instanceof PyObject && !(value instanceof PyFloat)) {
		const method = typeOf(value).lookup('__round__');
		if (method !== undefined) return callObject(method, digits === null ? [value] : [value, digits]);
	}
	if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
		const int = typeof value === 'boolean' ? Number(value) : value;
		if (digits === null || Number(digits) >= 0) return int;
		const factor = 10 ** -Number(digits);
		const big = BigInt(factor);
		const quotient = intFloorDiv(int, typeof int === 'bigint' ? big : factor);
		const remainder = intMod(int, typeof int === 'bigint' ? big : factor);
		const half = Number(remainder) * 2;
		let rounded = Number(quotient);
		if (half > factor || (half === factor && rounded % 2 !== 0)) rounded += 1;
		return rounded * factor;
	}
	if (!(value instanceof PyFloat)) return raise(typeError, `type ${typeOf(value).name} doesn't define __round__ method`);
	const number = value.value;
	if (digits === null) {
		if (!Number.isFinite(number)) raise(Number.isNaN(number) ? valueError : attributeError, Number.isNaN(number) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
		const rounded = roundHalfEven(number);
		return Number.isSafeInteger(rounded) ? rounded : BigInt(rounded);
	}
	const places = Number(digits);
	if (!Number.isFinite(number)) return value;
	if (places >= 0) return new PyFloat(Number(toFixed(number, Math.min(places, 100))));
	const factor = 10 ** -places;
	return new PyFloat(roundHalfEven(number / factor) * factor);
}

function sumValues(args: PyValue[], kwargs: Kwargs | null): PyValue {
	expectArgs('sum', args, 1, 2);
	let total: PyValue = args.length > 1 ? args[1]! : kwarg(kwargs, 'start', 0);
	if (typeof total === 'string') raise(typeError, "sum() can't sum strings [use ''.join(seq) instead]");
	const iterator = getIterator(args[0]!);
	for (let item = iterator.nextValue(); item !== undefined; item = iterator.nextValue()) total = binaryOp('+', total, item);
	return total;
}

function divmod(args: PyValue[]): PyValue {
	expectArgs('divmod', args, 2);
	const [a, b] = args as [PyValue, PyValue];
	if (a instanceof PyFloat || b instanceof PyFloat) {
		const x = a instanceof PyFloat ? a.value : Number(a);
		const y = b instanceof PyFloat ? b.value : Number(b);
		return new PyTuple([new PyFloat(floatFloorDiv(x, y)), new PyFloat(floatMod(x, y))]);
	}
	return new PyTuple([binaryOp('//', a, b), binaryOp('%', a, b)]);
}

function notAvailable(interp: Interpreter, name: string): PyBuiltinFunction {
	return builtinFunction(name, () => {
		throw new NotAvailable(`line ${interp.line}: ${name}() is not available in loopstep (the simulated program cannot reach files, the terminal or dynamic code)`, interp.line);
	});
}

/** The builtin functions (bltinmodule.c), bound to one run (print needs its recorder). */
export function builtinFunctions(interp: Interpreter): Map<string, PyValue> {
	const functions: Record<string, (args: PyValue[], kwargs: Kwargs | null) => PyValue> = {
		print: (args, kwargs) => {
			printTo(interp, args, kwargs);
			return null;
		},
		len: args => {
			expectArgs('len', args, 1);
			return lengthOf(args[0]!);
		},
		repr: args => {
			expectArgs('repr', args, 1);
			return repr(args[0]!);
		},
		ascii: args => {
			expectArgs('ascii', args, 1);
			return repr(args[0]!).replace(/[^\x00-\x7f]/gu, char => {
				const code = char.codePointAt(0)!;
				return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : code < 0x10000 ? `\\u${code.toString(16).padStart(4, '0')}` : `\\U${code.toString(16).padStart(8, '0')}`;
			});
		},
		isinstance: args => {
			expectArgs('isinstance', args, 2);
			return isinstanceCheck(args[0]!, args[1]!);
		},
		issubclass: args => {
			expectArgs('issubclass', args, 2);
			return issubclassCheck(args[0]!, args[1]!);
		},
		abs: args => {
			expectArgs('abs', args, 1);
			const value = args[0]!;
			if (typeof value === 'number') return Math.abs(value);
			if (typeof value === 'bigint') return value < 0n ? -value : value;
			if (typeof value === 'boolean') return Number(value);
			if (value instanceof PyFloat) return new PyFloat(Math.abs(value.value));
			if (value instanceof PyObject) {
				const method = typeOf(value).lookup('__abs__');
				if (method !== undefined) return callObject(method, [value]);
			}
			return raise(typeError, `bad operand type for abs(): '${typeOf(value).name}'`);
		},
		round: args => roundValue(args),
		min: (args, kwargs) => extreme('min', args, kwargs),
		max: (args, kwargs) => extreme('max', args, kwargs),
		sum: (args, kwargs) => sumValues(args, kwargs),
		any: args => {
			expectArgs('any', args, 1);
			const iterator = getIterator(args[0]!);
			for (let item = iterator.nextValue(); item !== undefined; item = iterator.nextValue()) if (truthy(item)) return true;
			return false;
		},
		all: args => {
			expectArgs('all', args, 1);
			const iterator = getIterator(args[0]!);
			for (let item = iterator.nextValue(); item !== undefined; item = iterator.nextValue()) if (!truthy(item)) return false;
			return true;
		},
		sorted: (args, kwargs) => {
			expectArgs('sorted', args, 1);
			const list = new PyList(toArray(args[0]!));
			sortList(list, kwarg(kwargs, 'key', null), truthy(kwarg(kwargs, 'reverse', false)));
			return list;
		},
		iter: args => {
			expectArgs('iter', args, 1, 2);
			if (args.length === 2) {
				const [callable, sentinel] = args as [PyValue, PyValue];
				return new PyIterator('callable_iterator', () => {
					const value = callObject(callable, []);
					return pyEquals(value, sentinel) ? undefined : value;
				});
			}
			return getIterator(args[0]!);
		},
		next: args => {
			expectArgs('next', args, 1, 2);
			const iterator = args[0]!;
			if (!(iterator instanceof PyIteratorObject) && typeOf(iterator).lookup('__next__') === undefined) raise(typeError, `'${typeOf(iterator).name}' object is not an iterator`);
			const value = nextOf(iterator);
			if (value !== undefined) return value;
			if (args.length === 2) return args[1]!;
			throw new PyExceptionObject(stopIteration);
		},
		getattr: args => {
			expectArgs('getattr', args, 2, 3);
			const name = args[1]!;
			if (typeof name !== 'string') raise(typeError, `attribute name must be string, not '${typeOf(name).name}'`);
			if (args.length === 3) {
				try {
					const found = findAttr(args[0]!, name);
					return found === undefined ? args[2]! : found;
				} catch (error) {
					if (error instanceof PyExceptionObject && error.type.isSubtypeOf(attributeError)) return args[2]!;
					throw error;
				}
			}
			return getAttr(args[0]!, name);
		},
		setattr: args => {
			expectArgs('setattr', args, 3);
			setAttr(args[0]!, args[1] as string, args[2]!);
			return null;
		},
		delattr: args => {
			expectArgs('delattr', args, 2);
			delAttr(args[0]!, args[1] as string);
			return null;
		},
		hasattr: args => {
			expectArgs('hasattr', args, 2);
			try {
				return findAttr(args[0]!, args[1] as string) !== undefined;
			} catch (error) {
				if (error instanceof PyExceptionObject && error.type.isSubtypeOf(attributeError)) return false;
				throw error;
			}
		},
		id: args => {
			expectArgs('id', args, 1);
			const value = args[0]!;
			return typeof value === 'object' && value !== null ? objectId(value) : valueId(value);
		},
		hash: args => {
			expectArgs('hash', args, 1);
			const key = hashKey(args[0]!);
			if (typeof key === 'number') return key === -1 ? -2 : key;
			if (typeof key === 'string') return stringHash(key);
			return typeof key === 'object' && key !== null ? objectId(key) >> 4 : 0;
		},
		callable: args => {
			expectArgs('callable', args, 1);
			const value = args[0]!;
			return value instanceof PyFunction || value instanceof PyBuiltinFunction || value instanceof PyBoundMethod || value instanceof PyType || (value instanceof PyObject && typeOf(value).lookup('__call__') !== undefined);
		},
		divmod: args => divmod(args),
		pow: args => {
			expectArgs('pow', args, 2, 3);
			if (args.length === 3 && args[2] !== null) return modularPower(args[0]!, args[1]!, args[2]!);
			return binaryOp('**', args[0]!, args[1]!);
		},
		chr: args => {
			expectArgs('chr', args, 1);
			const code = args[0]!;
			if (typeof code !== 'number' && typeof code !== 'boolean' && typeof code !== 'bigint') raise(typeError, `'${typeOf(code).name}' object cannot be interpreted as an integer`);
			const point = Number(code);
			if (Math.abs(point) > 2 ** 31 - 1) raise(overflowError, 'Python int too large to convert to C int');
			if (point < 0 || point > 0x10ffff) raise(valueError, 'chr() arg not in range(0x110000)');
			return String.fromCodePoint(point);
		},
		ord: args => {
			expectArgs('ord', args, 1);
			const value = args[0]!;
			if (value instanceof PyBytes) {
				if (value.bytes.length !== 1) raise(typeError, `ord() expected a character, but string of length ${value.bytes.length} found`);
				return value.bytes[0]!;
			}
			if (typeof value !== 'string' || [...value].length !== 1) raise(typeError, `ord() expected a character, but string of length ${typeof value === 'string' ? value.length : 0} found`);
			return (value as string).codePointAt(0)!;
		},
		hex: args => formatPrefixed(args, 'x', '0x'),
		oct: args => formatPrefixed(args, 'o', '0o'),
		bin: args => formatPrefixed(args, 'b', '0b'),
		format: args => {
			expectArgs('format', args, 1, 2);
			return formatValue(args[0]!, (args[1] as string | undefined) ?? '');
		},
		vars: args => {
			expectArgs('vars', args, 1);
			return getAttr(args[0]!, '__dict__');
		},
		dir: args => {
			const value = args[0];
			const names = new Set<string>();
			if (value instanceof PyObject) {
				for (const key of value.dict?.keys() ?? []) names.add(key);
				for (const klass of typeOf(value).mro) for (const key of klass.dict.keys()) names.add(key);
			}
			return new PyList([...names].sort());
		},
		aiter: args => callMethod(args[0]!, '__aiter__', []),
		anext: args => callMethod(args[0]!, '__anext__', []),
		open: notAvailable(interp, 'open').fn,
		input: notAvailable(interp, 'input').fn,
		eval: notAvailable(interp, 'eval').fn,
		exec: notAvailable(interp, 'exec').fn,
		compile: notAvailable(interp, 'compile').fn,
		__import__: notAvailable(interp, '__import__').fn,
		breakpoint: notAvailable(interp, 'breakpoint').fn,
		// Live namespace dicts: frames keep their variables in slots, not in a dict a program could edit.
		globals: notAvailable(interp, 'globals').fn,
		locals: notAvailable(interp, 'locals').fn,
	};
	const result = new Map<string, PyValue>();
	for (const [name, fn] of Object.entries(functions)) result.set(name, builtinFunction(name, fn));
	return result;
}

function formatPrefixed(args: PyValue[], code: string, prefix: string): string {
	expectArgs(code === 'x' ? 'hex' : code === 'o' ? 'oct' : 'bin', args, 1);
	const value = args[0]!;
	if (typeof value !== 'number' && typeof value !== 'bigint' && typeof value !== 'boolean') raise(typeError, `'${typeOf(value).name}' object cannot be interpreted as an integer`);
	const text = formatValue(value, code);
	return text.startsWith('-') ? `-${prefix}${text.slice(1)}` : `${prefix}${text}`;
}

/** A deterministic stand-in for `hash(str)` (CPython randomises it per process anyway). */
function stringHash(text: string): number {
	let hash = 0;
	for (let index = 0; index < text.length; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
	return hash;
}

/** `pow(base, exponent, modulus)` (Objects/longobject.c `long_pow`): a negative exponent inverts the base first. */
function modularPower(base: PyValue, exponent: PyValue, modulus: PyValue): PyValue {
	const isInt = (value: PyValue): boolean => typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean';
	if (!isInt(base) || !isInt(exponent) || !isInt(modulus)) raise(typeError, 'pow() 3rd argument not allowed unless all arguments are integers');
	const m = toBig(modulus as PyInt);
	if (m === 0n) raise(valueError, 'pow() 3rd argument cannot be 0');
	const size = m < 0n ? -m : m;
	let b = ((toBig(base as PyInt) % size) + size) % size;
	let e = toBig(exponent as PyInt);
	if (e < 0n) {
		b = modularInverse(b, size);
		e = -e;
	}
	let result = 1n % size;
	for (; e > 0n; e >>= 1n) {
		if (e & 1n) result = (result * b) % size;
		b = (b * b) % size;
	}
	if (m < 0n && result !== 0n) result += m;
	return normalizeInt(result);
}

function modularInverse(value: bigint, modulus: bigint): bigint {
	let [oldR, r] = [value, modulus];
	let [oldS, s] = [1n, 0n];
	while (r !== 0n) {
		const quotient = oldR / r;
		[oldR, r] = [r, oldR - quotient * r];
		[oldS, s] = [s, oldS - quotient * s];
	}
	if (oldR !== 1n) raise(valueError, 'base is not invertible for the given modulus');
	return ((oldS % modulus) + modulus) % modulus;
}
