/** A frame of the stack as a persistent list: a checkpoint keeps the top cell, never a copy. */
export interface FrameCell {
	readonly name: number;
	readonly parent: FrameCell | undefined;
	/** The line the frame below was at when this one was pushed. */
	readonly callerLine: number;
}

/**
 * The live part of a state that replay mutates. The recorder applies each change to its live state
 * with these functions as it records it, and replay applies the logged change with the same
 * functions, so both always agree.
 */
export interface CoreState {
	top: FrameCell | undefined;
	topLine: number;
	/** Item versions per queue, in display order. */
	queues: number[][];
	clock: number;
	phase: number;
	consoleLength: number;
}

/** A step's own line moves the top frame (0: the loop acts, no frame moves). */
export function enterLine(state: CoreState, line: number): void {
	if (line > 0 && state.top) state.topLine = line;
}

export function pushFrame(state: CoreState, name: number, line: number): void {
	state.top = {name, parent: state.top, callerLine: state.topLine};
	state.topLine = line;
}

export function popFrame(state: CoreState): void {
	const top = state.top;
	if (top) {
		state.topLine = top.callerLine;
		state.top = top.parent;
	}
}

/** Inserts at `position`, or appends when it is negative or past the end. */
export function enqueueItem(queue: number[], version: number, position: number): void {
	if (position < 0 || position >= queue.length) queue.push(version);
	else queue.splice(position, 0, version);
}

export function removeItem(queue: number[], version: number): void {
	const index = queue.indexOf(version);
	if (index === 0) queue.shift();
	else if (index > 0) queue.splice(index, 1);
}

/** Puts a new version of an item where the old one is (`position` -1: the item is not in the queue). */
export function updateItemAt(queue: number[], position: number, newVersion: number): void {
	if (position >= 0) queue[position] = newVersion;
}
