import type {StepKind} from './step-kind.js';

/** One frame of the call stack, user code only. */
export interface Frame {
	readonly name: string;
	/** 1-based source line the frame is at: the current line for the top frame, the call site below it. */
	readonly line: number;
}

/** One entry of a queue as a person reads it. */
export interface QueueItem {
	/** Stable across steps, so the UI can follow one callback as it moves. */
	readonly id: number;
	/** What runs, e.g. `() => console.log("Timeout")` or `Task-2 step: task('Task 2', 1)`. */
	readonly label: string;
	/** 1-based line where the callback was created (0 when it has none). */
	readonly line: number;
	/** Virtual time, in ms, at which the item becomes runnable (timers only). */
	readonly due?: number;
	/** A short state, e.g. a task's `waiting on sleep(1)`. */
	readonly note?: string;
}

export interface QueueState {
	readonly id: string;
	readonly title: string;
	readonly items: readonly QueueItem[];
}

export interface ConsoleChunk {
	readonly stream: 'stdout' | 'stderr';
	/** Exactly what was written; may hold several lines or none ended. */
	readonly text: string;
}

/** An item that moved in this very step, so the UI can mark it without relying on colour. */
export interface QueueChange {
	readonly queue: string;
	readonly itemId: number;
	readonly change: 'enqueued' | 'removed' | 'updated';
}

/** The full state at one step: plain, frozen data for the UI and the printers. */
export interface StepState {
	readonly index: number;
	readonly kind: StepKind;
	/** 1-based line and column of the code being executed; 0 while the loop itself acts. */
	readonly line: number;
	readonly column: number;
	readonly narration: string;
	/** Bottom to top. */
	readonly stack: readonly Frame[];
	readonly queues: readonly QueueState[];
	/** Virtual time in milliseconds. */
	readonly clock: number;
	/** What the loop is doing, e.g. `main script`, `timers`, `check`, `run_once #3`. */
	readonly phase: string;
	/** Everything written so far, in order. */
	readonly console: readonly ConsoleChunk[];
	readonly changes: readonly QueueChange[];
}
