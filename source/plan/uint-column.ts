import {Growable} from './growable.js';

/** The typed arrays a `UintColumn` moves through as its values grow. */
export type UintArray = Uint8Array | Uint16Array | Uint32Array;

/**
 * Unsigned integers below 2^32 in the narrowest typed array that holds every value pushed so far:
 * it starts as a Uint8Array and is widened to Uint16Array, then Uint32Array, the first time a value
 * needs it, so a small program's lines and narration ids cost one byte a step.
 */
export class UintColumn extends Growable<UintArray> {
	/** The largest value the element type of `array` holds. */
	private limit = 0xff;

	constructor(capacity = 1024) {
		super(new Uint8Array(capacity));
	}

	push(value: number): void {
		// One unsigned compare: negative, fractional and too-large values all take the slow path.
		if ((value >>> 0) !== value || value > this.limit) this.widen(value);
		if (this.length === this.array.length) this.grow();
		this.array[this.length++] = value;
	}

	/** The last value pushed (undefined when empty). */
	last(): number | undefined {
		return this.length === 0 ? undefined : this.array[this.length - 1];
	}

	override adopt(array: UintArray, length: number): void {
		super.adopt(array, length);
		this.limit = 2 ** (8 * array.BYTES_PER_ELEMENT) - 1;
	}

	private widen(value: number): void {
		if (value >>> 0 !== value) throw new RangeError(`UintColumn: ${value} is not an unsigned 32-bit integer`);
		const wider = value > 0xffff ? new Uint32Array(this.array.length) : new Uint16Array(this.array.length);
		wider.set(this.array);
		this.array = wider;
		this.limit = 2 ** (8 * wider.BYTES_PER_ELEMENT) - 1;
	}

	private grow(): void {
		const array = this.array;
		const bigger = array instanceof Uint8Array ? new Uint8Array(array.length * 2) : array instanceof Uint16Array ? new Uint16Array(array.length * 2) : new Uint32Array(array.length * 2);
		bigger.set(array);
		this.array = bigger;
	}
}
