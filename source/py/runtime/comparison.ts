import {callObject} from './call.js';
import {typeError} from './exception-types.js';
import {isUserMethod, PyMethodDescriptor} from './py-callables.js';
import {PyBytes, PyDict, PyList, PyRange, PySet, PyTuple} from './py-containers.js';
import {notImplemented} from './py-instance.js';
import {PyFloat, PyObject, type PyValue} from './py-object.js';
import {raise} from './raise.js';
import {truthy} from './truthiness.js';
import {typeOf} from './type-of.js';

export type OrderOp = '<' | '<=' | '>' | '>=';

const reflected: Record<string, string> = {__eq__: '__eq__', __ne__: '__ne__', __lt__: '__gt__', __le__: '__ge__', __gt__: '__lt__', __ge__: '__le__'};
const dunderOf: Record<OrderOp, string> = {'<': '__lt__', '<=': '__le__', '>': '__gt__', '>=': '__ge__'};

/** A user-defined rich comparison, trying the reflected method when the first says NotImplemented. */
function userCompare(a: PyValue, b: PyValue, dunder: string): PyValue | undefined {
	const aUser = a instanceof PyObject && !a.cls.builtin;
	const bUser = b instanceof PyObject && !b.cls.builtin;
	if (!aUser && !bUser) return undefined;
	if (aUser) {
		const method = a.cls.lookup(dunder);
		if (isUserMethod(method)) {
			const result = callObject(method, [a, b]);
			if (result !== notImplemented) return result;
		}
	}
	if (bUser) {
		const method = b.cls.lookup(reflected[dunder]!);
		if (isUserMethod(method)) {
			const result = callObject(method, [b, a]);
			if (result !== notImplemented) return result;
		}
	}
	return undefined;
}

function numeric(value: PyValue): number | bigint | undefined {
	switch (typeof value) {
		case 'number':
		case 'bigint':
			return value;
		case 'boolean':
			return value ? 1 : 0;
	}
	if (value instanceof PyFloat) return value.value;
	return undefined;
}

/** `a == b`. */
export function pyEquals(a: PyValue, b: PyValue): boolean {
	if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.value));
	const ta = typeof a;
	if (ta === 'string' || typeof b === 'string') return false;
	const user = userCompare(a, b, '__eq__');
	if (user !== undefined) return truthy(user);
	const na = numeric(a);
	if (na !== undefined) {
		const nb = numeric(b);
		// eslint-disable-next-line eqeqeq -- number == bigint compares mathematically
		return nb !== undefined && na == nb;
	}
	if (a === null || b === null) return false;
	if (a instanceof PyList && b instanceof PyList) return sequenceEquals(a.items, b.items);
	if (a instanceof PyTuple && b instanceof PyTuple) return sequenceEquals(a.items, b.items);
	if (a instanceof PyDict && b instanceof PyDict) {
		if (a.map.size !== b.map.size) return false;
		for (const [key, entry] of a.map) {
			const other = b.map.get(key);
			if (!other || !pyEquals(entry.value, other.value)) return false;
		}
		return true;
	}
	if (a instanceof PySet && b instanceof PySet) {
		if (a.map.size !== b.map.size) return false;
		for (const key of a.map.keys()) if (!b.map.has(key)) return false;
		return true;
	}
	if (a instanceof PyRange && b instanceof PyRange) return a.length === b.length && (a.length === 0 || (a.start === b.start && (a.length === 1 || a.step === b.step)));
	if (a instanceof PyBytes && b instanceof PyBytes) return a.bytes.length === b.bytes.length && a.bytes.every((byte, index) => byte === b.bytes[index]);
	if (a instanceof PyObject && b instanceof PyObject) {
		const custom = a.cls.lookup('__eq__');
		if (custom instanceof PyMethodDescriptor && custom.owner !== undefined && custom.owner.name !== 'object') {
			const result = custom.fn(a, [b], null);
			if (result !== notImplemented) return truthy(result);
		}
	}
	return false;
}

function sequenceEquals(a: readonly PyValue[], b: readonly PyValue[]): boolean {
	if (a.length !== b.length) return false;
	for (let index = 0; index < a.length; index++) if (!pyEquals(a[index]!, b[index]!)) return false;
	return true;
}

/** `a != b`: `__ne__` when defined, else the negation of `==`. */
export function pyNotEquals(a: PyValue, b: PyValue): boolean {
	const user = userCompare(a, b, '__ne__');
	if (user !== undefined) return truthy(user);
	return !pyEquals(a, b);
}

/** `a < b` and friends. */
export function pyOrder(op: OrderOp, a: PyValue, b: PyValue): boolean {
	if (typeof a === 'number' && typeof b === 'number') return compareNumbers(op, a, b);
	if (typeof a === 'string' && typeof b === 'string') return compareNumbers(op, a < b ? -1 : a > b ? 1 : 0, 0);
	const user = userCompare(a, b, dunderOf[op]);
	if (user !== undefined) return truthy(user);
	const na = numeric(a);
	const nb = numeric(b);
	if (na !== undefined && nb !== undefined) return compareNumbers(op, na, nb);
	if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) return compareSequences(op, a.items, b.items);
	if (a instanceof PySet && b instanceof PySet) return compareSets(op, a, b);
	if (a instanceof PyBytes && b instanceof PyBytes) return compareNumbers(op, Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes)), 0);
	if (a instanceof PyObject && a.cls.builtin) {
		const method = a.cls.lookup(dunderOf[op]);
		if (method instanceof PyMethodDescriptor) {
			const result = method.fn(a, [b], null);
			if (result !== notImplemented) return truthy(result);
		}
	}
	return raise(typeError, `'${op}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

function compareNumbers(op: OrderOp, a: number | bigint, b: number | bigint): boolean {
	switch (op) {
		case '<':
			return a < b;
		case '<=':
			return a <= b;
		case '>':
			return a > b;
		case '>=':
			return a >= b;
	}
}

function compareSequences(op: OrderOp, a: readonly PyValue[], b: readonly PyValue[]): boolean {
	const length = Math.min(a.length, b.length);
	for (let index = 0; index < length; index++) {
		if (!pyEquals(a[index]!, b[index]!)) return pyOrder(op, a[index]!, b[index]!);
	}
	return compareNumbers(op, a.length, b.length);
}

function compareSets(op: OrderOp, a: PySet, b: PySet): boolean {
	const subset = (x: PySet, y: PySet) => [...x.map.keys()].every(key => y.map.has(key));
	switch (op) {
		case '<=':
			return subset(a, b);
		case '<':
			return a.map.size < b.map.size && subset(a, b);
		case '>=':
			return subset(b, a);
		case '>':
			return b.map.size < a.map.size && subset(b, a);
	}
}

/** `sorted()`'s comparison: `a < b`, as list.sort uses only `__lt__`. */
export function lessThan(a: PyValue, b: PyValue): boolean {
	return pyOrder('<', a, b);
}

