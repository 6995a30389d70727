import type {InspectHost, JsonResult, ObjectSlots, OwnProperty} from '../../inspect/index.js';
import {ErrorObject, isErrorObject} from '../../runtime/errors.js';
import {ThrowCompletion} from '../../runtime/throw-completion.js';
import {UserFunction} from '../../runtime/user-function.js';
import {JSArray} from '../../values/js-array.js';
import {JSFunction} from '../../values/js-function.js';
import {JSObject} from '../../values/js-object.js';
import {get} from '../../values/object-operations.js';
import {JSPromise} from '../../values/promise/js-promise.js';
import {enumerable} from '../../values/property.js';
import {toNumber, toString} from '../../values/type-conversion.js';
import type {PropertyKey, Value} from '../../values/value.js';
import {jsonStringify} from '../json.js';
import {collectionSlots} from '../collections/collection-slots.js';
import {CollectionIterator} from '../collections/collection-iterator.js';
import {hostIteratorOf} from '../iterators/host-iterator.js';

/** The inspector's view of loopstep's value model: reflection and brand checks over `JSObject`. */
export const inspectHost: InspectHost = {
	typeOf(value) {
		if (typeof value === 'symbol') return 'symbol';
		return value instanceof JSFunction ? 'function' : 'object';
	},
	symbolToString(symbol) {
		return (symbol as symbol).toString();
	},
	wellKnownSymbol(name) {
		return name === 'toStringTag' ? Symbol.toStringTag : Symbol.toPrimitive;
	},
	getPrototypeOf(object) {
		return (object as JSObject).proto;
	},
	ownKeys(object) {
		return (object as JSObject).ownKeys();
	},
	getOwnProperty(object, key): OwnProperty | undefined {
		const property = (object as JSObject).getOwn(key as PropertyKey);
		if (!property) return undefined;
		const isEnumerable = (property.flags & enumerable) !== 0;
		if (property.isAccessor) return {kind: 'accessor', hasGetter: property.getter !== undefined, hasSetter: property.setter !== undefined, enumerable: isEnumerable};
		return {kind: 'data', value: property.value, enumerable: isEnumerable};
	},
	get(object, key) {
		return get(object as JSObject, key as PropertyKey);
	},
	slots(object): ObjectSlots {
		const o = object as JSObject;
		if (o instanceof JSFunction) {
			const code = o instanceof UserFunction ? o.code : undefined;
			return {
				kind: 'function',
				isClass: code !== undefined && (code.kind === 'classConstructor' || code.kind === 'derivedConstructor'),
				isAsync: code?.isAsync ?? false,
				isGenerator: code?.isGenerator ?? false,
			};
		}
		if (o instanceof JSPromise) return {kind: 'promise', state: o.state, result: o.result};
		if (o instanceof JSArray) {
			if (o.className === 'Arguments') return {kind: 'arguments'};
			if (o.className === 'Array') return {kind: 'array'};
		}
		if (isErrorObject(o)) return {kind: 'error', framesElided: !(o instanceof ErrorObject && o.stackReplaced)};
		const internal = o.internal as {primitive?: Value; time?: number; source?: string; flags?: string} | undefined;
		if (internal) {
			if (o.className === 'Date' && typeof internal.time === 'number') return {kind: 'date', time: internal.time};
			if (o.className === 'RegExp' && typeof internal.source === 'string') return {kind: 'regexp', source: internal.source, flags: internal.flags ?? ''};
			if ('primitive' in internal) return {kind: 'boxed', primitive: internal.primitive};
			const collection = collectionSlots(o);
			if (collection) return collection;
			const iterator = hostIteratorOf(o);
			if (iterator instanceof CollectionIterator) {
				return {kind: iterator.collection instanceof Map ? 'map-iterator' : 'set-iterator', entries: iterator.remaining(), isKeyValue: iterator.kind === 'entries'};
			}
		}
		return {kind: 'ordinary'};
	},
	toStringValue(value) {
		return toString(value as Value);
	},
	toNumberValue(value) {
		return toNumber(value as Value);
	},
	jsonStringify(value): JsonResult {
		try {
			return {kind: 'json', text: jsonStringify(value as Value)};
		} catch (error) {
			if (error instanceof ThrowCompletion && error.value instanceof JSObject && String(get(error.value, 'message')).startsWith('Converting circular')) return {kind: 'circular'};
			throw error;
		}
	},
};
