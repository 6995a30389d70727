import {enqueueItem, enterLine, popFrame, pushFrame, removeItem, updateItemAt, type CoreState} from './core-state.js';
import {EventOp} from './event-op.js';
import {EventReader} from './event-log.js';
import type {PlanStore} from './plan-store.js';

/** Applies the event records from the reader's position up to `to`, with the functions the recorder used. */
function applyEvents(store: PlanStore, state: CoreState, reader: EventReader, to: number): void {
	while (reader.at < to) {
		const head = reader.byte();
		const op = head & 0x0f;
		switch (op) {
			case EventOp.pushFrame:
				pushFrame(state, reader.uint(), reader.uint());
				break;
			case EventOp.popFrame:
				popFrame(state);
				break;
			case EventOp.enqueue: {
				const version = reader.uint();
				enqueueItem(state.queues[head >> 4]!, version, reader.uint() - 1);
				break;
			}
			case EventOp.remove:
				removeItem(state.queues[head >> 4]!, reader.uint());
				break;
			case EventOp.update: {
				const position = reader.uint() - 1;
				updateItemAt(state.queues[head >> 4]!, position, reader.uint());
				break;
			}
			case EventOp.write:
				state.consoleLength = reader.uint() + 1;
				break;
			case EventOp.clock:
				state.clock = store.clockValues.array[reader.uint()]!;
				break;
			case EventOp.phase:
				state.phase = reader.uint();
				break;
			default:
				throw new Error(`corrupt plan: unknown event op ${op}`);
		}
	}
}

/** Replays one whole step, its line first, then its events, which start at the reader's position. */
export function replayStep(store: PlanStore, state: CoreState, step: number, reader: EventReader): void {
	enterLine(state, store.lines.array[step]!);
	applyEvents(store, state, reader, reader.at + store.eventSize(step));
}

/** Replays whole steps `from..to` (inclusive). */
export function replaySteps(store: PlanStore, state: CoreState, from: number, to: number): void {
	const reader = new EventReader(store.events.array, store.eventStart(from));
	for (let step = from; step <= to; step++) replayStep(store, state, step, reader);
}
