import {surroundingAgent} from '../runtime/agent.js';
import {throwError, throwTypeError} from '../runtime/errors.js';
import {JSArray, ensureArrayLength} from '../values/js-array.js';
import {JSFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import {call, createArray, get, getMethod, lengthOfArrayLike, listFromArrayLike, prototypeFromConstructor} from '../values/object-operations.js';
import {sameValueZero} from '../values/comparison.js';
import {iterableToList} from '../values/iterator-operations.js';
import {toBoolean, toIntegerOrInfinity, toNumber, toObject, toString} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {arg, defineConstructor, defineMethod} from './define.js';
import {createHostIterator} from './iterators/host-iterator.js';

/** The elements of `this`: an array's own storage, or a copy of any array-like. */
function elementsOf(value: Value, method: string): Value[] {
	if (value instanceof JSArray) return value.items;
	if (value === undefined || value === null) throwTypeError(`Array.prototype.${method} called on null or undefined`);
	return listFromArrayLike(toObject(value));
}

function mutableArray(value: Value, method: string): JSArray {
	if (!(value instanceof JSArray) || value.className !== 'Array') throwTypeError(`Array.prototype.${method} needs an array receiver in loopstep`);
	if (value.frozen) throwTypeError(`Cannot add property ${value.items.length}, object is not extensible`);
	return value;
}

function callbackArg(args: Value[]): JSFunction {
	const callback = arg(args, 0);
	if (!(callback instanceof JSFunction)) throwTypeError(`${callback instanceof JSObject ? '#<Object>' : String(callback)} is not a function`);
	return callback;
}

/** RelativeIndex clamping used by slice, splice, at, fill, includes (§23.1.3). */
function relative(value: Value, length: number, fallback: number): number {
	if (value === undefined) return fallback;
	const n = toIntegerOrInfinity(value);
	return n < 0 ? Math.max(length + n, 0) : Math.min(n, length);
}

function joinElements(items: readonly Value[], separator: string): string {
	let text = '';
	for (let i = 0; i < items.length; i++) {
		if (i > 0) text += separator;
		const item = items[i];
		if (item !== undefined && item !== null) text += toString(item);
	}
	return text;
}

/** SortCompare (§23.1.3.30.2): undefined last, then the comparator or string order. */
function sortItems(items: Value[], comparator: Value): Value[] {
	const defined: Value[] = items.filter(item => item !== undefined);
	const undefinedCount = items.length - defined.length;
	if (comparator !== undefined && !(comparator instanceof JSFunction)) throwTypeError('The comparison function must be either a function or undefined');
	defined.sort(
		comparator instanceof JSFunction
			? (a, b) => {
					const result = toNumber(call(comparator, undefined, [a, b]));
					return Number.isNaN(result) ? 0 : result;
				}
			: (a, b) => {
					const x = toString(a);
					const y = toString(b);
					return x < y ? -1 : x > y ? 1 : 0;
				},
	);
	for (let i = 0; i < undefinedCount; i++) defined.push(undefined as Value);
	return defined;
}

function flatten(items: readonly Value[], depth: number, into: Value[]): Value[] {
	items.forEach(item => {
		if (depth > 0 && item instanceof JSArray && item.className === 'Array') flatten(item.items, depth - 1, into);
		else into.push(item);
	});
	return into;
}

/** Array and Array.prototype (§23.1). */
export function installArray(global: JSObject): void {
	const realm = surroundingAgent.realm;
	const proto = new JSArray(realm.objectPrototype, []);
	realm.arrayPrototype = proto;
	const Array_ = defineConstructor(
		global,
		'Array',
		1,
		(_this, args, newTarget) => {
			const array = new JSArray(prototypeFromConstructor(newTarget, proto), []);
			if (args.length === 1 && typeof args[0] === 'number') {
				const length = args[0];
				if (!Number.isInteger(length) || length < 0 || length >= 2 ** 32) throwError('RangeError', 'Invalid array length');
				ensureArrayLength(length);
				array.items.length = length;
			} else {
				array.items.push(...args);
			}
			return array;
		},
		proto,
	);
	defineMethod(Array_, 'isArray', 1, (_this, args) => {
		const value = arg(args, 0);
		return value instanceof JSArray && value.className === 'Array';
	});
	defineMethod(Array_, 'of', 0, (_this, args) => createArray(args.slice()));
	defineMethod(Array_, 'from', 1, (_this, args) => {
		const source = arg(args, 0);
		const mapper = arg(args, 1);
		if (source === undefined || source === null) throwTypeError(`${String(source)} is not iterable`);
		const usesIterator = getMethod(source, Symbol.iterator) !== undefined;
		const items = usesIterator ? iterableToList(source) : listFromArrayLike(toObject(source));
		if (mapper instanceof JSFunction) return createArray(items.map((item, index) => call(mapper, arg(args, 2), [item, index])));
		return createArray(items);
	});

	const method = (name: string, length: number, impl: (self: Value, args: Value[]) => Value) => defineMethod(proto, name, length, impl);
	method('push', 1, (self, args) => {
		const array = mutableArray(self, 'push');
		for (const item of args) array.items.push(item);
		return array.items.length;
	});
	method('pop', 0, self => mutableArray(self, 'pop').items.pop());
	method('shift', 0, self => mutableArray(self, 'shift').items.shift());
	method('unshift', 1, (self, args) => mutableArray(self, 'unshift').items.unshift(...args));
	method('slice', 2, (self, args) => {
		const items = elementsOf(self, 'slice');
		return createArray(items.slice(relative(arg(args, 0), items.length, 0), relative(arg(args, 1), items.length, items.length)));
	});
	method('splice', 2, (self, args) => {
		const array = mutableArray(self, 'splice');
		const length = array.items.length;
		const start = relative(arg(args, 0), length, 0);
		const deleteCount = args.length === 0 ? 0 : args.length === 1 ? length - start : Math.min(Math.max(toIntegerOrInfinity(args[1]), 0), length - start);
		return createArray(array.items.splice(start, deleteCount, ...args.slice(2)));
	});
	method('concat', 1, (self, args) => {
		const result = elementsOf(self, 'concat').slice();
		for (const item of args) {
			if (item instanceof JSArray && item.className === 'Array') for (let i = 0; i < item.items.length; i++) result.push(item.items[i]);
			else result.push(item);
		}
		return createArray(result);
	});
	method('join', 1, (self, args) => joinElements(elementsOf(self, 'join'), arg(args, 0) === undefined ? ',' : toString(arg(args, 0))));
	method('toString', 0, self => (self instanceof JSArray ? joinElements(self.items, ',') : '[object Object]'));
	method('toLocaleString', 0, self => joinElements(elementsOf(self, 'toLocaleString'), ','));
	method('indexOf', 1, (self, args) => {
		const items = elementsOf(self, 'indexOf');
		for (let i = relative(arg(args, 1), items.length, 0); i < items.length; i++) if (i in items && items[i] === arg(args, 0)) return i;
		return -1;
	});
	method('lastIndexOf', 1, (self, args) => {
		const items = elementsOf(self, 'lastIndexOf');
		for (let i = items.length - 1; i >= 0; i--) if (i in items && items[i] === arg(args, 0)) return i;
		return -1;
	});
	method('includes', 1, (self, args) => {
		const items = elementsOf(self, 'includes');
		for (let i = relative(arg(args, 1), items.length, 0); i < items.length; i++) if (sameValueZero(items[i], arg(args, 0))) return true;
		return false;
	});
	method('at', 1, (self, args) => {
		const items = elementsOf(self, 'at');
		const index = toIntegerOrInfinity(arg(args, 0));
		return items[index < 0 ? items.length + index : index];
	});
	const finder = (name: string, fromEnd: boolean, wantIndex: boolean) =>
		method(name, 1, (self, args) => {
			const items = elementsOf(self, name);
			const callback = callbackArg(args);
			for (let k = 0; k < items.length; k++) {
				const i = fromEnd ? items.length - 1 - k : k;
				if (toBoolean(callback.callAs(arg(args, 1), [items[i], i, self]))) return wantIndex ? i : items[i];
			}
			return wantIndex ? -1 : undefined;
		});
	finder('find', false, false);
	finder('findIndex', false, true);
	finder('findLast', true, false);
	finder('findLastIndex', true, true);
	method('forEach', 1, (self, args) => {
		const items = elementsOf(self, 'forEach');
		const callback = callbackArg(args);
		for (let i = 0; i < items.length; i++) if (i in items) callback.callAs(arg(args, 1), [items[i], i, self]);
		return undefined;
	});
	method('map', 1, (self, args) => {
		const items = elementsOf(self, 'map');
		const callback = callbackArg(args);
		const result: Value[] = new Array(items.length);
		for (let i = 0; i < items.length; i++) if (i in items) result[i] = callback.callAs(arg(args, 1), [items[i], i, self]);
		return createArray(result);
	});
	method('filter', 1, (self, args) => {
		const items = elementsOf(self, 'filter');
		const callback = callbackArg(args);
		const result: Value[] = [];
		for (let i = 0; i < items.length; i++) if (i in items && toBoolean(callback.callAs(arg(args, 1), [items[i], i, self]))) result.push(items[i]);
		return createArray(result);
	});
	method('some', 1, (self, args) => {
		const items = elementsOf(self, 'some');
		const callback = callbackArg(args);
		for (let i = 0; i < items.length; i++) if (i in items && toBoolean(callback.callAs(arg(args, 1), [items[i], i, self]))) return true;
		return false;
	});
	method('every', 1, (self, args) => {
		const items = elementsOf(self, 'every');
		const callback = callbackArg(args);
		for (let i = 0; i < items.length; i++) if (i in items && !toBoolean(callback.callAs(arg(args, 1), [items[i], i, self]))) return false;
		return true;
	});
	const reducer = (name: string, fromEnd: boolean) =>
		method(name, 1, (self, args) => {
			const items = elementsOf(self, name);
			const callback = callbackArg(args);
			const indices = [...items.keys()].filter(i => i in items);
			if (fromEnd) indices.reverse();
			let position = 0;
			let accumulator: Value;
			if (args.length >= 2) accumulator = args[1];
			else if (indices.length === 0) throwTypeError('Reduce of empty array with no initial value');
			else accumulator = items[indices[position++]!];
			for (; position < indices.length; position++) {
				const i = indices[position]!;
				accumulator = callback.callAs(undefined, [accumulator, items[i], i, self]);
			}
			return accumulator;
		});
	reducer('reduce', false);
	reducer('reduceRight', true);
	method('sort', 1, (self, args) => {
		const array = mutableArray(self, 'sort');
		const sorted = sortItems(array.items.slice(), arg(args, 0));
		array.items.length = 0;
		array.items.push(...sorted);
		return array;
	});
	method('toSorted', 1, (self, args) => createArray(sortItems(elementsOf(self, 'toSorted').slice(), arg(args, 0))));
	method('reverse', 0, self => {
		mutableArray(self, 'reverse').items.reverse();
		return self;
	});
	method('toReversed', 0, self => createArray(elementsOf(self, 'toReversed').slice().reverse()));
	method('fill', 1, (self, args) => {
		const array = mutableArray(self, 'fill');
		const length = array.items.length;
		array.items.fill(arg(args, 0), relative(arg(args, 1), length, 0), relative(arg(args, 2), length, length));
		return array;
	});
	method('copyWithin', 2, (self, args) => {
		const array = mutableArray(self, 'copyWithin');
		const length = array.items.length;
		array.items.copyWithin(relative(arg(args, 0), length, 0), relative(arg(args, 1), length, 0), relative(arg(args, 2), length, length));
		return array;
	});
	method('flat', 0, (self, args) => createArray(flatten(elementsOf(self, 'flat'), arg(args, 0) === undefined ? 1 : toIntegerOrInfinity(arg(args, 0)), [])));
	method('flatMap', 1, (self, args) => {
		const items = elementsOf(self, 'flatMap');
		const callback = callbackArg(args);
		return createArray(flatten(items.map((item, i) => callback.callAs(arg(args, 1), [item, i, self])), 1, []));
	});
	method('with', 2, (self, args) => {
		const items = elementsOf(self, 'with').slice();
		const index = toIntegerOrInfinity(arg(args, 0));
		const actual = index < 0 ? items.length + index : index;
		if (actual < 0 || actual >= items.length) throwError('RangeError', 'Invalid index : ' + String(index));
		items[actual] = arg(args, 1);
		return createArray(items);
	});
	const live = (self: Value) =>
		function* (kind: 'keys' | 'values' | 'entries'): Generator<Value> {
			const object = toObject(self);
			for (let i = 0; i < lengthOfArrayLike(object); i++) {
				if (kind === 'keys') yield i;
				else if (kind === 'values') yield get(object, String(i));
				else yield createArray([i, get(object, String(i))]);
			}
		};
	method('keys', 0, self => createHostIterator('Array Iterator', live(self)('keys')));
	method('entries', 0, self => createHostIterator('Array Iterator', live(self)('entries')));
	const values = method('values', 0, self => createHostIterator('Array Iterator', live(self)('values')));
	proto.put(Symbol.iterator, values, 5);
	realm.arrayValues = values;
}
