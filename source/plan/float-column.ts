import {Growable} from './growable.js';

/** Float64 values (clock readings, due times). */
export class FloatColumn extends Growable<Float64Array> {
	constructor(capacity = 256) {
		super(new Float64Array(capacity));
	}

	push(value: number): void {
		if (this.length === this.array.length) this.grow();
		this.array[this.length++] = value;
	}

	private grow(): void {
		const bigger = new Float64Array(this.array.length * 2);
		bigger.set(this.array);
		this.array = bigger;
	}
}
