// A test double of the interpreter: InspectHost over ordinary Node values, answered with Node's own
// reflection, so that `inspect(value, host)` can be compared with `util.inspect(value)`.
import {types} from 'node:util';
import type {InspectHost, ObjectSlots, OwnProperty} from '../../../source/js/inspect/index.js';

/** Promise states and iterator previews are not observable from JavaScript, so fixtures register them. */
export type FakeHostRegistry = {
	readonly promises: WeakMap<object, {state: 'pending' | 'fulfilled' | 'rejected'; result: unknown}>;
	readonly iterators: WeakMap<object, {kind: 'map-iterator' | 'set-iterator'; entries: unknown[]; isKeyValue: boolean}>;
	readonly weakEntries: WeakMap<object, [unknown, unknown][]>;
};

export function createRegistry(): FakeHostRegistry {
	return {promises: new WeakMap(), iterators: new WeakMap(), weakEntries: new WeakMap()};
}

/** With `frameless`, errors report a stack without `at` lines, as loopstep's errors do. */
export function createFakeHost(registry: FakeHostRegistry, options: {frameless?: boolean} = {}): InspectHost {
	return {
		typeOf: (value) => typeof value as 'object' | 'function' | 'symbol',
		symbolToString: (symbol) => (symbol as symbol).toString(),
		wellKnownSymbol: (name) => (name === 'toStringTag' ? Symbol.toStringTag : Symbol.toPrimitive),
		getPrototypeOf: (object) => Object.getPrototypeOf(object),
		ownKeys: (object) => Reflect.ownKeys(object as object),
		getOwnProperty(object, key): OwnProperty | undefined {
			const descriptor = Object.getOwnPropertyDescriptor(object, key as PropertyKey);
			if (descriptor === undefined) return undefined;
			const enumerable = descriptor.enumerable === true;
			if ('value' in descriptor) return {kind: 'data', value: descriptor.value, enumerable};
			return {kind: 'accessor', hasGetter: descriptor.get !== undefined, hasSetter: descriptor.set !== undefined, enumerable};
		},
		get(object, key) {
			const value: unknown = Reflect.get(object as object, key as PropertyKey);
			if (options.frameless && key === 'stack' && typeof value === 'string') {
				return value.split('\n').filter((line) => !/^ {4}at /.test(line)).join('\n');
			}
			return value;
		},
		slots: (object) => slotsOf(registry, object as object, options.frameless === true),
		toStringValue: (value) => String(value),
		toNumberValue: (value) => Number(value),
		jsonStringify(value) {
			try {
				return {kind: 'json', text: JSON.stringify(value)};
			} catch (error) {
				if (error instanceof TypeError && error.message.startsWith('Converting circular structure')) return {kind: 'circular'};
				throw error;
			}
		},
	};
}

function slotsOf(registry: FakeHostRegistry, object: object, frameless: boolean): ObjectSlots {
	if (typeof object === 'function') {
		return {
			kind: 'function',
			isClass: Function.prototype.toString.call(object).startsWith('class'),
			isAsync: types.isAsyncFunction(object),
			isGenerator: types.isGeneratorFunction(object),
		};
	}
	if (Array.isArray(object)) return {kind: 'array'};
	if (types.isArgumentsObject(object)) return {kind: 'arguments'};
	if (types.isMap(object)) return {kind: 'map', entries: [...Map.prototype.entries.call(object)]};
	if (types.isSet(object)) return {kind: 'set', values: [...Set.prototype.values.call(object)]};
	if (types.isWeakMap(object)) return {kind: 'weak-map', entries: registry.weakEntries.get(object) ?? []};
	if (types.isWeakSet(object)) return {kind: 'weak-set', values: (registry.weakEntries.get(object) ?? []).map(([key]) => key)};
	if (types.isPromise(object)) {
		const details = registry.promises.get(object);
		if (details === undefined) throw new Error('fixture promise not registered');
		return {kind: 'promise', ...details};
	}
	if (types.isMapIterator(object) || types.isSetIterator(object)) {
		const details = registry.iterators.get(object);
		if (details === undefined) throw new Error('fixture iterator not registered');
		return details;
	}
	if (types.isNativeError(object) || object instanceof Error) return {kind: 'error', framesElided: frameless};
	if (types.isDate(object)) return {kind: 'date', time: Date.prototype.getTime.call(object)};
	if (types.isRegExp(object)) {
		const regexp = object as RegExp;
		return {kind: 'regexp', source: regexp.source, flags: regexp.flags};
	}
	if (types.isBoxedPrimitive(object)) return {kind: 'boxed', primitive: boxedValue(object)};
	return {kind: 'ordinary'};
}

function boxedValue(object: object): unknown {
	if (types.isNumberObject(object)) return Number.prototype.valueOf.call(object);
	if (types.isStringObject(object)) return String.prototype.valueOf.call(object);
	if (types.isBooleanObject(object)) return Boolean.prototype.valueOf.call(object);
	if (types.isBigIntObject(object)) return BigInt.prototype.valueOf.call(object);
	return Symbol.prototype.valueOf.call(object);
}
