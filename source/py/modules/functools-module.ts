import {builtinFunction, defineGetter, defineMethods} from '../builtins/define.js';
import {getAttr, setAttr, findAttr} from '../runtime/attributes.js';
import {callObject} from '../runtime/call.js';
import {typeError} from '../runtime/exception-types.js';
import {hashKey} from '../runtime/hash-key.js';
import {getIterator} from '../runtime/iteration.js';
import {PyBuiltinFunction} from '../runtime/py-callables.js';
import {PyDict, PyTuple} from '../runtime/py-containers.js';
import {PyModule} from '../runtime/py-instance.js';
import {PyObject, type Kwargs, type PyValue} from '../runtime/py-object.js';
import type {PyType} from '../runtime/py-type.js';
import {raise} from '../runtime/raise.js';
import {repr} from '../runtime/repr.js';
import {moduleClass} from './native-object.js';
import {namedtuple} from './collections-module.js';

const partialType = moduleClass('partial', 'functools');

/** `functools.partial(func, *args, **keywords)`. */
class PyPartial extends PyObject {
	constructor(
		readonly func: PyValue,
		readonly args: readonly PyValue[],
		readonly keywords: Kwargs,
	) {
		super();
	}

	get cls(): PyType {
		return partialType;
	}

	describe(): string {
		const parts = [repr(this.func), ...this.args.map(repr), ...[...this.keywords].map(([key, value]) => `${key}=${repr(value)}`)];
		return `functools.partial(${parts.join(', ')})`;
	}
}

partialType.nativeNew = (_cls, args, kwargs) => {
	const [func, ...rest] = args;
	if (func instanceof PyPartial) return new PyPartial(func.func, [...func.args, ...rest], new Map([...func.keywords, ...(kwargs ?? [])]));
	return new PyPartial(func!, rest, new Map(kwargs ?? []));
};
defineMethods(partialType, {
	__call__: (self, args, kwargs) => {
		const partial = self as PyPartial;
		const merged = partial.keywords.size === 0 ? kwargs : new Map([...partial.keywords, ...(kwargs ?? [])]);
		return callObject(partial.func, [...partial.args, ...args], merged);
	},
});
defineGetter(partialType, 'func', self => (self as PyPartial).func);
defineGetter(partialType, 'args', self => new PyTuple((self as PyPartial).args));
defineGetter(partialType, 'keywords', self => {
	const dict = new PyDict();
	for (const [key, value] of (self as PyPartial).keywords) dict.map.set(key, {key, value});
	return dict;
});

const cacheType = moduleClass('_lru_cache_wrapper', 'functools');

/** `lru_cache` / `cache`: results by argument tuple (unbounded here: eviction order is not observable in output). */
class PyCached extends PyObject {
	readonly cache = new Map<unknown, PyValue>();
	hits = 0;
	misses = 0;

	constructor(
		readonly func: PyValue,
		readonly maxsize: PyValue,
	) {
		super();
	}

	get cls(): PyType {
		return cacheType;
	}

	describe(): string {
		return `<functools._lru_cache_wrapper object at 0x7f3a1c000000>`;
	}
}

defineMethods(cacheType, {
	__call__: (self, args, kwargs) => {
		const cached = self as PyCached;
		const key = hashKey(new PyTuple([...args, ...[...(kwargs ?? [])].flat()]));
		const found = cached.cache.get(key);
		if (found !== undefined) {
			cached.hits++;
			return found;
		}
		cached.misses++;
		const value = callObject(cached.func, args, kwargs);
		cached.cache.set(key, value);
		return value;
	},
	cache_clear: self => {
		(self as PyCached).cache.clear();
		return null;
	},
	cache_info: self => {
		const cached = self as PyCached;
		cacheInfoType ??= namedtuple(['CacheInfo', 'hits misses maxsize currsize'], null);
		return callObject(cacheInfoType, [cached.hits, cached.misses, cached.maxsize, cached.cache.size]);
	},
});
/** functools' `_CacheInfo` named tuple, made on first use. */
let cacheInfoType: PyType | undefined;

defineGetter(cacheType, '__wrapped__', self => (self as PyCached).func);
defineGetter(cacheType, '__name__', self => getAttr((self as PyCached).func, '__name__'));

function copyMetadata(wrapper: PyValue, wrapped: PyValue): PyValue {
	for (const name of ['__module__', '__name__', '__qualname__', '__doc__']) {
		const value = findAttr(wrapped, name);
		if (value !== undefined) setAttr(wrapper, name, value);
	}
	setAttr(wrapper, '__wrapped__', wrapped);
	return wrapper;
}

export function functoolsModule(): PyModule {
	const lruCache = (args: PyValue[], kwargs: Kwargs | null): PyValue => {
		const first = args[0];
		if (first instanceof PyObject) return new PyCached(first, 128);
		const maxsize = first ?? kwargs?.get('maxsize') ?? 128;
		return new PyBuiltinFunction('decorating_function', inner => new PyCached(inner[0]!, maxsize));
	};
	return new PyModule('functools', [
		['partial', partialType],
		['reduce', builtinFunction('reduce', args => {
			const [func, iterable] = args as [PyValue, PyValue];
			const iterator = getIterator(iterable);
			let accumulator = args.length > 2 ? args[2]! : iterator.nextValue();
			if (accumulator === undefined) raise(typeError, 'reduce() of empty iterable with no initial value');
			for (let item = iterator.nextValue(); item !== undefined; item = iterator.nextValue()) accumulator = callObject(func, [accumulator!, item]);
			return accumulator!;
		})],
		['wraps', builtinFunction('wraps', args => {
			const wrapped = args[0]!;
			return new PyBuiltinFunction('update_wrapper', inner => copyMetadata(inner[0]!, wrapped));
		})],
		['update_wrapper', builtinFunction('update_wrapper', args => copyMetadata(args[0]!, args[1]!))],
		['lru_cache', builtinFunction('lru_cache', lruCache)],
		['cache', builtinFunction('cache', args => new PyCached(args[0]!, null))],
		['cmp_to_key', builtinFunction('cmp_to_key', args => cmpToKey(args[0]!))],
	]);
}

const keyType = moduleClass('KeyWrapper', 'functools');
class PyKey extends PyObject {
	constructor(
		readonly value: PyValue,
		readonly compare: PyValue,
	) {
		super();
	}

	get cls(): PyType {
		return keyType;
	}
}
defineMethods(keyType, {
	__lt__: (self, args) => Number(callObject((self as PyKey).compare, [(self as PyKey).value, (args[0] as PyKey).value])) < 0,
	__gt__: (self, args) => Number(callObject((self as PyKey).compare, [(self as PyKey).value, (args[0] as PyKey).value])) > 0,
	__eq__: (self, args) => Number(callObject((self as PyKey).compare, [(self as PyKey).value, (args[0] as PyKey).value])) === 0,
});

function cmpToKey(compare: PyValue): PyValue {
	return new PyBuiltinFunction('K', args => new PyKey(args[0]!, compare));
}
