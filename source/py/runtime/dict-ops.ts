import {callObject} from './call.js';
import {hashKey} from './hash-key.js';
import {PyDict, PySet} from './py-containers.js';
import type {PyValue} from './py-object.js';
import {keyErrorOf} from './raise.js';

export function dictGet(dict: PyDict, key: PyValue): PyValue | undefined {
	return dict.map.get(hashKey(key))?.value;
}

export function dictSet(dict: PyDict, key: PyValue, value: PyValue): void {
	const hash = hashKey(key);
	const entry = dict.map.get(hash);
	if (entry) entry.value = value;
	else dict.map.set(hash, {key, value});
}

export function dictDelete(dict: PyDict, key: PyValue): void {
	if (!dict.map.delete(hashKey(key))) keyErrorOf(key);
}

/** `d[key]`: `__missing__` (defaultdict, Counter) before KeyError. */
export function dictGetItem(dict: PyDict, key: PyValue): PyValue {
	const entry = dict.map.get(hashKey(key));
	if (entry) return entry.value;
	if (dict.subclass) {
		if (dict.defaultFactory !== undefined && dict.defaultFactory !== null) {
			const value = callObject(dict.defaultFactory, []);
			dictSet(dict, key, value);
			return value;
		}
		const missing = dict.subclass.lookup('__missing__');
		if (missing !== undefined) return callObject(missing, [dict, key]);
	}
	return keyErrorOf(key);
}

export function stringDict(map: ReadonlyMap<string, PyValue>): PyDict {
	const dict = new PyDict();
	for (const [key, value] of map) dict.map.set(key, {key, value});
	return dict;
}

export function setAdd(set: PySet, value: PyValue): void {
	const hash = hashKey(value);
	if (!set.map.has(hash)) set.map.set(hash, value);
}

export function setFrom(items: Iterable<PyValue>, frozen = false): PySet {
	const set = new PySet(frozen);
	for (const item of items) setAdd(set, item);
	return set;
}
