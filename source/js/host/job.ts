import type {ItemRef} from '../../plan/index.js';

/** A queued callback of any Node queue: what runs, and how it shows in the plan. */
export interface Job {
	/** What a person reads in the queue pane, e.g. `() => console.log("Promise")`. */
	readonly label: string;
	/** 1-based line where the callback was created (0 when none). */
	readonly line: number;
	/** Why this job exists, said when the loop takes it (e.g. "PromiseReactionJob"). */
	readonly kind: string;
	readonly run: () => void;
	ref?: ItemRef;
}
