import {EventOp, eventSize} from './event-op.js';
import type {CoreState, PlanStore} from './plan-store.js';

/**
 * Applies the events of one step to a state. The recorder runs it on its live state as events
 * arrive and the plan runs it from a checkpoint, so both always agree.
 */
export function applyEvents(store: PlanStore, state: CoreState, from: number, to: number): void {
	const log = store.events.array;
	let at = from;
	while (at < to) {
		const op = log[at]!;
		switch (op) {
			case EventOp.pushFrame: {
				state.top = {name: log[at + 1]!, parent: state.top, callerLine: state.topLine};
				state.topLine = log[at + 2]!;
				break;
			}
			case EventOp.popFrame: {
				const top = state.top;
				if (top) {
					state.topLine = top.callerLine;
					state.top = top.parent;
				}
				break;
			}
			case EventOp.enqueue: {
				const queue = state.queues[log[at + 1]!]!;
				const position = log[at + 3]!;
				if (position < 0 || position >= queue.length) queue.push(log[at + 2]!);
				else queue.splice(position, 0, log[at + 2]!);
				break;
			}
			case EventOp.remove: {
				const queue = state.queues[log[at + 1]!]!;
				const index = queue.indexOf(log[at + 2]!);
				if (index === 0) queue.shift();
				else if (index > 0) queue.splice(index, 1);
				break;
			}
			case EventOp.update: {
				const queue = state.queues[log[at + 1]!]!;
				const index = queue.indexOf(log[at + 2]!);
				if (index >= 0) queue[index] = log[at + 3]!;
				break;
			}
			case EventOp.write: {
				state.consoleLength = log[at + 1]! + 1;
				break;
			}
			case EventOp.clock: {
				state.clock = store.clockValues.array[log[at + 1]!]!;
				break;
			}
			case EventOp.phase: {
				state.phase = log[at + 1]!;
				break;
			}
			default:
				throw new Error(`corrupt plan: unknown event op ${op}`);
		}
		at += eventSize[op]!;
	}
}

/** Replays whole steps `from..to` (inclusive): each step's line first, then its events. */
export function replaySteps(store: PlanStore, state: CoreState, from: number, to: number): void {
	const lines = store.lines.array;
	const ends = store.eventEnds.array;
	for (let step = from; step <= to; step++) {
		const line = lines[step]!;
		if (line > 0 && state.top) state.topLine = line;
		applyEvents(store, state, step === 0 ? 0 : ends[step - 1]!, ends[step]!);
	}
}
