import {Growable} from './growable.js';

/**
 * The event log's bytes: each event is an op byte followed by unsigned LEB128 varints (7 bits a
 * byte, low bits first), so the small ids and lines most events carry take one byte each instead
 * of four. See event-op.ts for what each op carries.
 */
export class EventLog extends Growable<Uint8Array> {
	constructor() {
		super(new Uint8Array(4096));
	}

	byte(value: number): void {
		if (this.length === this.array.length) this.grow();
		this.array[this.length++] = value;
	}

	/** An unsigned integer below 2^32 as a varint. */
	uint(value: number): void {
		while (value > 0x7f) {
			this.byte((value & 0x7f) | 0x80);
			value >>>= 7;
		}
		this.byte(value);
	}

	private grow(): void {
		const bigger = new Uint8Array(this.array.length * 2);
		bigger.set(this.array);
		this.array = bigger;
	}
}

/** Reads an event log forward from `at`. */
export class EventReader {
	constructor(
		private readonly log: Uint8Array,
		public at: number,
	) {}

	byte(): number {
		return this.log[this.at++]!;
	}

	uint(): number {
		let byte = this.log[this.at++]!;
		if (byte < 0x80) return byte;
		let value = byte & 0x7f;
		let scale = 0x80;
		do {
			byte = this.log[this.at++]!;
			value += (byte & 0x7f) * scale;
			scale *= 0x80;
		} while (byte >= 0x80);
		return value;
	}
}
