import type {BinaryOperator} from '../parse/ast.js';
import {callObject} from './call.js';
import {typeError, valueError, zeroDivisionError} from './exception-types.js';
import {bitLength, intAdd, intFloorDiv, intMod, intMul, intPow, intSub, intToFloat, floatFloorDiv, floatMod, normalizeInt, toBig, type PyInt} from './numbers.js';
import {isUserMethod, PyMethodDescriptor} from './py-callables.js';
import {PyBytes, PyDict, PyList, PySet, PyTuple} from './py-containers.js';
import {notImplemented} from './py-instance.js';
import {PyFloat, PyObject, type PyValue} from './py-object.js';
import {raise} from './raise.js';
import {typeOf} from './type-of.js';
import {percentFormat} from './percent-format.js';
import {toArray} from './iteration.js';
import {checkIntBits, checkSequenceLength, checkStringLength} from './simulation-stop.js';

const dunders: Record<BinaryOperator, string> = {
	'+': 'add',
	'-': 'sub',
	'*': 'mul',
	'/': 'truediv',
	'//': 'floordiv',
	'%': 'mod',
	'**': 'pow',
	'@': 'matmul',
	'<<': 'lshift',
	'>>': 'rshift',
	'&': 'and',
	'|': 'or',
	'^': 'xor',
};

function asInt(value: PyValue): PyInt | undefined {
	if (typeof value === 'number' || typeof value === 'bigint') return value;
	if (typeof value === 'boolean') return value ? 1 : 0;
	return undefined;
}

/** `a <op> b` for the builtin types, then `__op__` / `__rop__`; `inplace` names the operator `<op>=` in errors. */
export function binaryOp(op: BinaryOperator, a: PyValue, b: PyValue, inplace = false): PyValue {
	if (typeof a === 'number' && typeof b === 'number') {
		switch (op) {
			case '+': {
				const result = a + b;
				if (Number.isSafeInteger(result)) return result;
				break;
			}
			case '-': {
				const result = a - b;
				if (Number.isSafeInteger(result)) return result;
				break;
			}
		}
	}
	const user = userBinary(op, a, b);
	if (user !== undefined) return user;
	const builtin = builtinBinary(op, a, b);
	if (builtin !== undefined) return builtin;
	return unsupported(op, a, b, inplace);
}

/** `a <op>= b`: `__iop__` first (lists extend in place), else the binary operation. */
export function inplaceOp(op: BinaryOperator, a: PyValue, b: PyValue): PyValue {
	if (a instanceof PyList) {
		if (op === '+') {
			const added = toArray(b);
			checkSequenceLength(a.items.length + added.length);
			for (const item of added) a.items.push(item);
			return a;
		}
		if (op === '*') {
			const count = asInt(b);
			if (count === undefined) return unsupported(op, a, b);
			const repeated = repeat(a.items, count, 'list');
			a.items.length = 0;
			for (const item of repeated) a.items.push(item);
			return a;
		}
	}
	if (a instanceof PySet && !a.frozen && (op === '|' || op === '&' || op === '-' || op === '^') && b instanceof PySet) {
		const result = setOp(op, a, b, false);
		a.map.clear();
		for (const [key, value] of result.map) a.map.set(key, value);
		return a;
	}
	if (a instanceof PyDict && op === '|' && b instanceof PyDict) {
		for (const [key, entry] of b.map) a.map.set(key, {key: entry.key, value: entry.value});
		return a;
	}
	if (a instanceof PyObject && !a.cls.builtin) {
		const method = a.cls.lookup(`__i${dunders[op]}__`);
		if (method !== undefined) {
			const result = callObject(method, [a, b]);
			if (result !== notImplemented) return result;
		}
	}
	return binaryOp(op, a, b, true);
}

function userBinary(op: BinaryOperator, a: PyValue, b: PyValue): PyValue | undefined {
	const aUser = a instanceof PyObject && !a.cls.builtin;
	const bUser = b instanceof PyObject && !b.cls.builtin;
	if (!aUser && !bUser) return undefined;
	const name = dunders[op];
	if (bUser && aUser && a.cls !== b.cls && b.cls.isSubtypeOf(a.cls)) {
		const reflected = b.cls.lookup(`__r${name}__`);
		if (reflected !== undefined) {
			const result = callObject(reflected, [b, a]);
			if (result !== notImplemented) return result;
		}
	}
	if (aUser) {
		const method = a.cls.lookup(`__${name}__`);
		if (isUserMethod(method)) {
			const result = callObject(method, [a, b]);
			if (result !== notImplemented) return result;
		}
	}
	if (bUser) {
		const method = b.cls.lookup(`__r${name}__`);
		if (isUserMethod(method)) {
			const result = callObject(method, [b, a]);
			if (result !== notImplemented) return result;
		}
	}
	return undefined;
}

function unsupported(op: BinaryOperator, a: PyValue, b: PyValue, inplace = false): never {
	const left = typeOf(a).name;
	const right = typeOf(b).name;
	if (op === '+' && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple)) {
		return raise(typeError, `can only concatenate ${left} (not "${right}") to ${left}`);
	}
	if (op === '*' && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple || typeof b === 'string' || b instanceof PyList || b instanceof PyTuple)) {
		const other = typeof a === 'string' || a instanceof PyList || a instanceof PyTuple ? right : left;
		return raise(typeError, `can't multiply sequence by non-int of type '${other}'`);
	}
	const shown = inplace ? `${op}=` : op === '**' ? '** or pow()' : op;
	return raise(typeError, `unsupported operand type(s) for ${shown}: '${left}' and '${right}'`);
}

function builtinBinary(op: BinaryOperator, a: PyValue, b: PyValue): PyValue | undefined {
	const ia = asInt(a);
	const ib = asInt(b);
	if (ia !== undefined && ib !== undefined) return intBinary(op, ia, ib);
	if ((a instanceof PyFloat || ia !== undefined) && (b instanceof PyFloat || ib !== undefined)) {
		const fa = a instanceof PyFloat ? a.value : intToFloat(ia!);
		const fb = b instanceof PyFloat ? b.value : intToFloat(ib!);
		return floatBinary(op, fa, fb);
	}
	if (typeof a === 'string') {
		if (op === '+' && typeof b === 'string') {
			checkStringLength(a.length + b.length);
			return a + b;
		}
		if (op === '*' && ib !== undefined) return repeatString(a, ib);
		if (op === '%') return percentFormat(a, b);
		return undefined;
	}
	if (typeof b === 'string' && op === '*' && ia !== undefined) return repeatString(b, ia);
	if (a instanceof PyList) {
		if (op === '+' && b instanceof PyList) {
			checkSequenceLength(a.items.length + b.items.length);
			return new PyList(a.items.concat(b.items));
		}
		if (op === '*' && ib !== undefined) return new PyList(repeat(a.items, ib, 'list'));
		return undefined;
	}
	if (a instanceof PyTuple) {
		if (op === '+' && b instanceof PyTuple) {
			checkSequenceLength(a.items.length + b.items.length, 'tuple');
			return new PyTuple(a.items.concat(b.items));
		}
		if (op === '*' && ib !== undefined) return new PyTuple(repeat(a.items, ib, 'tuple'));
		return undefined;
	}
	if (ia !== undefined && op === '*') {
		if (b instanceof PyList) return new PyList(repeat(b.items, ia, 'list'));
		if (b instanceof PyTuple) return new PyTuple(repeat(b.items, ia, 'tuple'));
	}
	if (a instanceof PySet && b instanceof PySet && (op === '|' || op === '&' || op === '-' || op === '^')) return setOp(op, a, b, a.frozen);
	if (a instanceof PyDict && b instanceof PyDict && op === '|' && !(a.cls.lookup('__or__') instanceof PyMethodDescriptor)) {
		const result = new PyDict();
		for (const [key, entry] of a.map) result.map.set(key, {key: entry.key, value: entry.value});
		for (const [key, entry] of b.map) result.map.set(key, {key: entry.key, value: entry.value});
		return result;
	}
	if (a instanceof PyBytes && b instanceof PyBytes && op === '+') {
		checkStringLength(a.bytes.length + b.bytes.length, 'bytes');
		const bytes = new Uint8Array(a.bytes.length + b.bytes.length);
		bytes.set(a.bytes);
		bytes.set(b.bytes, a.bytes.length);
		return new PyBytes(bytes);
	}
	if (a instanceof PyObject) {
		const method = a.cls.lookup(`__${dunders[op]}__`);
		if (method instanceof PyMethodDescriptor) {
			const result = method.fn(a, [b], null);
			if (result !== notImplemented) return result;
		}
	}
	if (b instanceof PyObject) {
		const method = b.cls.lookup(`__r${dunders[op]}__`);
		if (method instanceof PyMethodDescriptor) {
			const result = method.fn(b, [a], null);
			if (result !== notImplemented) return result;
		}
	}
	return undefined;
}

function repeat(items: readonly PyValue[], count: PyInt, what: 'list' | 'tuple'): PyValue[] {
	const times = Math.max(0, Number(count));
	if (items.length === 0 || times === 0) return [];
	checkSequenceLength(items.length * times, what);
	const result: PyValue[] = [];
	for (let index = 0; index < times; index++) for (const item of items) result.push(item);
	return result;
}

function repeatString(text: string, count: PyInt): string {
	const times = Math.max(0, Number(count));
	if (text === '' || times === 0) return '';
	checkStringLength(text.length * times);
	return text.repeat(times);
}

function setOp(op: '|' | '&' | '-' | '^', a: PySet, b: PySet, frozen: boolean): PySet {
	const result = new PySet(frozen);
	if (op === '|') {
		for (const [key, value] of a.map) result.map.set(key, value);
		for (const [key, value] of b.map) if (!result.map.has(key)) result.map.set(key, value);
	} else if (op === '&') {
		for (const [key, value] of a.map) if (b.map.has(key)) result.map.set(key, value);
	} else if (op === '-') {
		for (const [key, value] of a.map) if (!b.map.has(key)) result.map.set(key, value);
	} else {
		for (const [key, value] of a.map) if (!b.map.has(key)) result.map.set(key, value);
		for (const [key, value] of b.map) if (!a.map.has(key)) result.map.set(key, value);
	}
	return result;
}

function intBinary(op: BinaryOperator, a: PyInt, b: PyInt): PyValue {
	switch (op) {
		case '+':
			return intAdd(a, b);
		case '-':
			return intSub(a, b);
		case '*':
			return intMul(a, b);
		case '/': {
			if (b === 0 || b === 0n) raise(zeroDivisionError, 'division by zero');
			if (typeof a === 'bigint' || typeof b === 'bigint') return new PyFloat(bigTrueDivide(toBig(a), toBig(b)));
			return new PyFloat(a / b);
		}
		case '//':
			return intFloorDiv(a, b);
		case '%':
			return intMod(a, b);
		case '**':
			return intPow(a, b);
		case '<<':
			if (b < 0) raise(valueError, 'negative shift count');
			if (a !== 0 && a !== 0n && b > 0) checkIntBits(bitLength(toBig(a)) + Number(b));
			return normalizeInt(toBig(a) << toBig(b));
		case '>>':
			if (b < 0) raise(valueError, 'negative shift count');
			return normalizeInt(toBig(a) >> toBig(b));
		case '&':
			return normalizeInt(toBig(a) & toBig(b));
		case '|':
			return normalizeInt(toBig(a) | toBig(b));
		case '^':
			return normalizeInt(toBig(a) ^ toBig(b));
		case '@':
			return raise(typeError, `unsupported operand type(s) for @: 'int' and 'int'`);
	}
}

function bigTrueDivide(a: bigint, b: bigint): number {
	const quotient = a / b;
	const remainder = a % b;
	return Number(quotient) + Number(remainder) / Number(b);
}

function floatBinary(op: BinaryOperator, a: number, b: number): PyValue {
	switch (op) {
		case '+':
			return new PyFloat(a + b);
		case '-':
			return new PyFloat(a - b);
		case '*':
			return new PyFloat(a * b);
		case '/':
			if (b === 0) raise(zeroDivisionError, 'float division by zero');
			return new PyFloat(a / b);
		case '//':
			return new PyFloat(floatFloorDiv(a, b));
		case '%':
			return new PyFloat(floatMod(a, b));
		case '**':
			if (a === 0 && b < 0) raise(zeroDivisionError, '0.0 cannot be raised to a negative power');
			return new PyFloat(Math.pow(a, b));
		default:
			return raise(typeError, `unsupported operand type(s) for ${op}: 'float' and 'float'`);
	}
}

/** `-x`, `+x`, `~x` (`not` is handled by the compiler with truthiness). */
export function unaryOp(op: '-' | '+' | '~', value: PyValue): PyValue {
	const int = asInt(value);
	if (int !== undefined) {
		if (op === '-') return typeof int === 'number' ? (int === 0 ? 0 : -int) : normalizeInt(-int);
		if (op === '+') return int;
		return typeof int === 'number' ? -int - 1 : normalizeInt(-int - 1n);
	}
	if (value instanceof PyFloat) {
		if (op === '-') return new PyFloat(-value.value);
		if (op === '+') return value;
	}
	if (value instanceof PyObject) {
		const method = value.cls.lookup({'-': '__neg__', '+': '__pos__', '~': '__invert__'}[op]);
		if (method !== undefined) return callObject(method, [value]);
	}
	return raise(typeError, `bad operand type for unary ${op}: '${typeOf(value).name}'`);
}

