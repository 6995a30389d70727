import {createArray} from '../../values/object-operations.js';
import type {Value} from '../../values/value.js';

/**
 * A Map or Set iterator (§24.1.5, §24.2.5): live over the collection, like the host iterator it
 * wraps, and able to list what it has still to produce without advancing, as util.inspect previews
 * it (`[Map Iterator] { 'b', 'c' }`). The preview skips as many entries as were produced, so it
 * is off when entries already passed are deleted meanwhile; V8 tracks the position exactly.
 */
export class CollectionIterator implements Iterator<Value> {
	private readonly live: Iterator<[Value, Value]>;
	private produced = 0;
	private finished = false;

	constructor(
		readonly collection: Map<Value, Value> | Set<Value>,
		readonly kind: 'keys' | 'values' | 'entries',
	) {
		this.live = collection.entries();
	}

	next(): IteratorResult<Value> {
		const step = this.finished ? undefined : this.live.next();
		if (step === undefined || step.done) {
			this.finished = true;
			return {done: true, value: undefined};
		}
		this.produced++;
		const [key, value] = step.value;
		return {done: false, value: this.kind === 'keys' ? key : this.kind === 'values' ? value : createArray([key, value])};
	}

	/** What is left, flat: `[key, value, key, value...]` for `entries`, else one item per entry. */
	remaining(): Value[] {
		const left: Value[] = [];
		if (this.finished) return left;
		let index = 0;
		for (const [key, value] of this.collection.entries()) {
			if (index++ < this.produced) continue;
			if (this.kind === 'entries') left.push(key, value);
			else left.push(this.kind === 'keys' ? key : value);
		}
		return left;
	}
}
