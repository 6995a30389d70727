import type {ObjectSlots} from '../../inspect/index.js';
import type {JSObject} from '../../values/js-object.js';
import type {Value} from '../../values/value.js';

/**
 * [[MapData]] / [[SetData]] (§24.1, §24.2). A host Map/Set keyed by program values has exactly the
 * required semantics: SameValueZero keys, insertion order, and iterators that see later insertions.
 */
export class MapData {
	constructor(
		readonly entries: Map<Value, Value>,
		readonly weak: boolean,
	) {}
}

export class SetData {
	constructor(
		readonly values: Set<Value>,
		readonly weak: boolean,
	) {}
}

/** Map and Set brands as the inspector sees them. */
export function collectionSlots(object: JSObject): ObjectSlots | undefined {
	const internal = object.internal;
	if (internal instanceof MapData) {
		const entries = [...internal.entries];
		return internal.weak ? {kind: 'weak-map', entries} : {kind: 'map', entries};
	}
	if (internal instanceof SetData) {
		const values = [...internal.values];
		return internal.weak ? {kind: 'weak-set', values} : {kind: 'set', values};
	}
	return undefined;
}
