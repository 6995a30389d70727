import type {ItemRef} from '../../plan/index.js';
import type {JSFunction} from '../values/js-function.js';
import type {JSObject} from '../values/js-object.js';
import type {Value} from '../values/value.js';

/** A Node `Timeout` (lib/internal/timers.js): `_idleStart` + `_idleTimeout` give its due time. */
export class Timer {
	/** The `Timeout` object the program holds. */
	object!: JSObject;
	/** Where the timer shows in the plan: the `timers` queue, then `macrotask` once due. */
	ref: ItemRef | undefined;
	queue: 'timers' | 'macrotask' = 'timers';
	cleared = false;
	/** Whether the timer keeps the process alive (`unref()` clears it). */
	refed = true;

	constructor(
		readonly id: number,
		readonly callback: JSFunction,
		readonly args: Value[],
		/** The delay after clamping to [1, 2^31-1]. */
		readonly delay: number,
		readonly repeat: boolean,
		public due: number,
		public sequence: number,
		readonly line: number,
	) {}

	get label(): string {
		return this.callback.label;
	}
}

/** Pending timers ordered by (due, sequence): equal due times keep creation order. */
export class TimerList {
	private readonly timers: Timer[] = [];

	insert(timer: Timer): void {
		const list = this.timers;
		let low = 0;
		let high = list.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			const other = list[mid]!;
			if (other.due < timer.due || (other.due === timer.due && other.sequence < timer.sequence)) low = mid + 1;
			else high = mid;
		}
		list.splice(low, 0, timer);
	}

	remove(timer: Timer): void {
		const index = this.timers.indexOf(timer);
		if (index >= 0) this.timers.splice(index, 1);
	}

	/** Removes and returns every timer due at `now`, in order. */
	takeDue(now: number): Timer[] {
		let count = 0;
		while (count < this.timers.length && this.timers[count]!.due <= now) count++;
		return this.timers.splice(0, count);
	}

	peek(): Timer | undefined {
		return this.timers[0];
	}

	get size(): number {
		return this.timers.length;
	}

	hasRefed(): boolean {
		return this.timers.some(timer => timer.refed);
	}

	/** The earliest due time among timers that keep the process alive. */
	nextRefedDue(): number | undefined {
		return this.timers.find(timer => timer.refed)?.due;
	}
}
