/** The typed arrays plan columns use. */
export type TypedArray = Uint8Array | Uint16Array | Uint32Array | Float64Array;

/**
 * What every column of a plan is: a typed array whose first `length` elements are filled, doubling
 * as it fills. Each subclass has its own `push` for its own element types, so no append site mixes
 * float and integer arrays (one shared push across all types was megamorphic). plan-transfer.ts
 * moves a column by its `array` and gives it back with `adopt`.
 */
export abstract class Growable<T extends TypedArray> {
	length = 0;

	constructor(public array: T) {}

	/** Takes over a filled array (a column that crossed threads). */
	adopt(array: T, length: number): void {
		this.array = array;
		this.length = length;
	}

	/** The filled part, without copying. */
	view(): T {
		return this.array.subarray(0, this.length) as T;
	}

	/** Drops the spare capacity once nothing more will be pushed (a finished plan). */
	compact(): void {
		if (this.array.length > this.length) this.array = this.array.slice(0, this.length) as T;
	}
}
