import type {Recorder} from '../../plan/index.js';

/**
 * The program's only source of time, in seconds as `time.monotonic()` counts them. Nothing waits
 * for real: when the loop is idle it jumps the clock to the next timer, and `time.sleep` advances
 * it. Every change is mirrored to the plan in milliseconds.
 */
export class VirtualClock {
	private seconds = 0;

	constructor(private readonly recorder: Recorder) {}

	get now(): number {
		return this.seconds;
	}

	/** Moves time forward (never back) to `seconds`. */
	advanceTo(seconds: number): void {
		if (seconds <= this.seconds) return;
		this.seconds = seconds;
		this.recorder.setClock(seconds * 1000);
	}

	advanceBy(seconds: number): void {
		if (seconds > 0) this.advanceTo(this.seconds + seconds);
	}
}
