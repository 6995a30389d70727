import {surroundingAgent} from '../runtime/agent.js';
import {throwTypeError} from '../runtime/errors.js';
import {ThrowCompletion} from '../runtime/throw-completion.js';
import {JSArray} from './js-array.js';
import {JSFunction} from './js-function.js';
import {JSObject} from './js-object.js';
import {call, getMethod, get} from './object-operations.js';
import {toBoolean} from './type-conversion.js';
import type {Value} from './value.js';

/** Iterator Record (§7.4.1). */
export interface IteratorRecord {
	readonly iterator: JSObject;
	readonly nextMethod: Value;
	done: boolean;
}

/** What IteratorStepValue returns when the iterator is done. */
export const iterationDone: unique symbol = Symbol('done');

/**
 * Whether iterating `value` would run %ArrayIteratorPrototype%.next unchanged, so loops may read
 * the elements directly (same observable order: the length is read again at every step).
 */
export function iteratesAsArray(value: Value): value is JSArray {
	if (!(value instanceof JSArray) || value.className === 'String') return false;
	const realm = surroundingAgent.realm;
	if (value.className === 'Arguments') return true;
	return value.proto === realm.arrayPrototype && value.getOwn(Symbol.iterator) === undefined && realm.arrayPrototype.getOwn(Symbol.iterator)?.value === realm.arrayValues;
}

/**
 * GetIterator (§7.4.3). `byBuiltin`: a built-in (`Promise.all`, `new Map`, `Object.fromEntries`...)
 * asks, and V8 words its TypeError differently then.
 */
export function getIterator(value: Value, kind: 'sync' | 'async' = 'sync', byBuiltin = false): IteratorRecord {
	let method: JSFunction | undefined;
	if (kind === 'async') {
		method = getMethod(value, Symbol.asyncIterator);
		if (method === undefined) throwTypeError(`${describeIterable(value)} is not async iterable`);
	} else {
		method = value === undefined || value === null ? undefined : getMethod(value, Symbol.iterator);
		if (method === undefined) {
			throwTypeError(byBuiltin ? `${builtinDescription(value)} is not iterable (cannot read property Symbol(Symbol.iterator))` : `${describeIterable(value)} is not iterable`);
		}
	}
	const iterator = call(method, value, []);
	if (!(iterator instanceof JSObject)) throwTypeError('Result of the Symbol.iterator method is not an object');
	return {iterator, nextMethod: get(iterator, 'next'), done: false};
}

function describeIterable(value: Value): string {
	if (value === undefined || value === null) return String(value);
	if (value instanceof JSFunction) return value.displayName || 'function';
	if (value instanceof JSObject) return 'object';
	return typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${String(value)}`;
}

/** How V8's runtime names a value in kNotIterableNoSymbolLoad: `number 5`, `object null`, `function`. */
function builtinDescription(value: Value): string {
	if (value === undefined) return 'undefined';
	if (value === null) return 'object null';
	if (value instanceof JSFunction) return 'function';
	if (value instanceof JSObject) return 'object';
	return typeof value === 'number' || typeof value === 'boolean' ? `${typeof value} ${String(value)}` : typeof value;
}

/** IteratorNext (§7.4.4). */
export function iteratorNext(record: IteratorRecord, value?: Value): JSObject {
	const result = call(record.nextMethod, record.iterator, value === undefined ? [] : [value]);
	if (!(result instanceof JSObject)) throwTypeError(`Iterator result ${String(result)} is not an object`);
	return result;
}

/** IteratorStepValue (§7.4.8). */
export function iteratorStepValue(record: IteratorRecord): Value | typeof iterationDone {
	const result = iteratorNext(record);
	if (toBoolean(get(result, 'done'))) {
		record.done = true;
		return iterationDone;
	}
	return get(result, 'value');
}

/** IteratorClose (§7.4.11) for a normal completion of the consumer. */
export function iteratorClose(record: IteratorRecord): void {
	const returnMethod = getMethod(record.iterator, 'return');
	if (returnMethod === undefined) return;
	const result = call(returnMethod, record.iterator, []);
	if (!(result instanceof JSObject)) throwTypeError('iterator.return() did not return an object');
}

/** IteratorClose for a throw completion: the original error wins over one from `return()`. */
export function iteratorCloseOnThrow(record: IteratorRecord): void {
	try {
		const returnMethod = getMethod(record.iterator, 'return');
		if (returnMethod !== undefined) call(returnMethod, record.iterator, []);
	} catch (error) {
		if (!(error instanceof ThrowCompletion)) throw error;
	}
}

/** IteratorToList over GetIterator (§7.4.13), with the array fast path. */
export function iterableToList(value: Value, byBuiltin = false): Value[] {
	if (iteratesAsArray(value)) return Array.from(value.items);
	if (typeof value === 'string' && surroundingAgent.realm.stringPrototype.getOwn(Symbol.iterator)?.value === surroundingAgent.realm.stringIterator) return [...value];
	const record = getIterator(value, 'sync', byBuiltin);
	const list: Value[] = [];
	for (;;) {
		const next = iteratorStepValue(record);
		if (next === iterationDone) return list;
		list.push(next);
	}
}

