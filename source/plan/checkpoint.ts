import type {CoreState, FrameCell} from './core-state.js';

/**
 * The state after one step, kept so that reaching any step replays a bounded number of events.
 * The queues are packed into one typed array (4 bytes an item, where a JS array takes 8): first
 * each queue's length, then every queue's item versions, front first, queue after queue.
 */
export interface Checkpoint {
	/** The state after this step (-1: before any step). */
	readonly step: number;
	readonly top: FrameCell | undefined;
	readonly topLine: number;
	readonly clock: number;
	readonly phase: number;
	readonly consoleLength: number;
	readonly queues: Uint32Array;
}

export function checkpointOf(step: number, state: CoreState): Checkpoint {
	const queues = state.queues;
	let size = queues.length;
	for (const queue of queues) size += queue.length;
	const packed = new Uint32Array(size);
	let at = queues.length;
	queues.forEach((queue, index) => {
		packed[index] = queue.length;
		packed.set(queue, at);
		at += queue.length;
	});
	return {step, top: state.top, topLine: state.topLine, clock: state.clock, phase: state.phase, consoleLength: state.consoleLength, queues: packed};
}

/** A fresh, mutable copy of a checkpoint's state. */
export function stateOf(checkpoint: Checkpoint, queueCount: number): CoreState {
	const packed = checkpoint.queues;
	const queues: number[][] = [];
	let at = queueCount;
	for (let index = 0; index < queueCount; index++) {
		const length = packed[index]!;
		queues.push(Array.from(packed.subarray(at, at + length)));
		at += length;
	}
	return {top: checkpoint.top, topLine: checkpoint.topLine, queues, clock: checkpoint.clock, phase: checkpoint.phase, consoleLength: checkpoint.consoleLength};
}
