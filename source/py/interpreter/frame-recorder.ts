import {Recorder, type Outcome, type Plan} from '../../plan/index.js';
import type {StepKind} from '../../plan/index.js';

/**
 * The recorder with one refinement for suspendable frames: when a coroutine or generator suspends,
 * its frame leaves the plan's stack at the start of the next step, so the step where it awaited
 * (or printed its last line) still shows where it was.
 */
export class FrameRecorder extends Recorder {
	private pendingPops = 0;

	override step(kind: StepKind, line: number, column: number, narration: string | number): void {
		super.step(kind, line, column, narration);
		this.flushPops();
	}

	override pushFrame(name: string, line: number): void {
		this.flushPops();
		super.pushFrame(name, line);
	}

	override popFrame(): void {
		this.flushPops();
		super.popFrame();
	}

	/** Pops a suspended frame when the next step begins. */
	popFrameLater(): void {
		this.pendingPops++;
	}

	override finish(outcome: Outcome, narration: string): Plan {
		this.flushPops();
		return super.finish(outcome, narration);
	}

	private flushPops(): void {
		while (this.pendingPops > 0) {
			this.pendingPops--;
			super.popFrame();
		}
	}
}
