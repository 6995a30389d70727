import {bytesType, dictType, frozensetType, listType, rangeType, setType, sliceType, tupleType} from './builtin-types.js';
import {PyObject, type PyValue} from './py-object.js';
import type {PyType} from './py-type.js';

export class PyList extends PyObject {
	constructor(public items: PyValue[]) {
		super();
	}

	get cls(): PyType {
		return listType;
	}
}

export class PyTuple extends PyObject {
	constructor(
		readonly items: readonly PyValue[],
		/** A `namedtuple` class, when this tuple is one of its instances. */
		readonly subclass: PyType | undefined = undefined,
	) {
		super();
	}

	get cls(): PyType {
		return this.subclass ?? tupleType;
	}
}

export const emptyTuple = new PyTuple([]);

export class PyBytes extends PyObject {
	constructor(readonly bytes: Uint8Array) {
		super();
	}

	get cls(): PyType {
		return bytesType;
	}
}

export class PyRange extends PyObject {
	constructor(
		readonly start: number,
		readonly stop: number,
		readonly step: number,
	) {
		super();
	}

	get length(): number {
		const {start, stop, step} = this;
		if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
		return stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
	}

	get cls(): PyType {
		return rangeType;
	}
}

export class PySlice extends PyObject {
	constructor(
		readonly start: PyValue,
		readonly stop: PyValue,
		readonly step: PyValue,
	) {
		super();
	}

	get cls(): PyType {
		return sliceType;
	}
}

/** A dict entry: the key as given (the map is keyed by its hash key) and the value. */
export interface DictEntry {
	readonly key: PyValue;
	value: PyValue;
}

/** `dict`, insertion-ordered like CPython's; keys are mapped to hash keys (see hash-key.ts). */
export class PyDict extends PyObject {
	readonly map = new Map<unknown, DictEntry>();
	/** A subclass instance (`defaultdict`, `Counter`, `OrderedDict`) records its class here. */
	subclass: PyType | undefined;
	/** `defaultdict`'s factory. */
	defaultFactory: PyValue | undefined;

	get cls(): PyType {
		return this.subclass ?? dictType;
	}

	get size(): number {
		return this.map.size;
	}
}

/** `set` and `frozenset`; members are kept by hash key, in CPython's iteration order for ints. */
export class PySet extends PyObject {
	readonly map = new Map<unknown, PyValue>();

	constructor(readonly frozen: boolean) {
		super();
	}

	get cls(): PyType {
		return this.frozen ? frozensetType : setType;
	}
}
