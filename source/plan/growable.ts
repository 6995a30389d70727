/** Typed-array columns that double as they fill: a plan stores a million steps in a few bytes each. */
type TypedArray = Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array;
type TypedArrayConstructor<T extends TypedArray> = new (length: number) => T;

export class Growable<T extends TypedArray> {
	array: T;
	length = 0;

	constructor(
		private readonly make: TypedArrayConstructor<T>,
		capacity = 1024,
	) {
		this.array = new make(capacity);
	}

	push(value: number): void {
		if (this.length === this.array.length) this.grow();
		this.array[this.length++] = value;
	}

	/** The filled part, without copying. */
	view(): T {
		return this.array.subarray(0, this.length) as T;
	}

	/** Drops the spare capacity once nothing more will be pushed (a finished plan). */
	compact(): void {
		if (this.array.length > this.length) this.array = this.array.slice(0, this.length) as T;
	}

	private grow(): void {
		const bigger = new this.make(this.array.length * 2);
		bigger.set(this.array);
		this.array = bigger;
	}
}
