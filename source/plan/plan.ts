import {stateOf, type Checkpoint} from './checkpoint.js';
import type {CoreState, FrameCell} from './core-state.js';
import {EventReader} from './event-log.js';
import {EventOp} from './event-op.js';
import type {Outcome} from './outcome.js';
import type {PlanMeta} from './plan-meta.js';
import type {PlanStore} from './plan-store.js';
import {replayStep, replaySteps} from './replay.js';
import type {MarkerKind, StepKind} from './step-kind.js';
import type {ConsoleChunk, Frame, QueueChange, QueueItem, QueueState, StepState} from './step-state.js';
import type {UintArray} from './uint-column.js';

/**
 * A finished recording: random access to the state at any step. The state at step i is rebuilt
 * from the nearest checkpoint at or before i plus the events after it, so reaching any step of a
 * million-step plan costs a bounded replay, never a run from step 0.
 */
export class Plan {
	constructor(
		readonly meta: PlanMeta,
		/** The recorded columns; read only by this class and by plan-transfer.ts, which moves them between threads. */
		readonly store: PlanStore,
		readonly outcome: Outcome,
	) {}

	/** Where the last due time was found in the store's due columns (see `dueOf`). */
	private lastDue = -1;

	/** Number of steps; the last one is always an `end` step. */
	get length(): number {
		return this.store.stepCount;
	}

	/** Everything the program wrote, in order (what `--print` replays). */
	get output(): readonly ConsoleChunk[] {
		return this.store.chunks;
	}

	kindAt(index: number): StepKind {
		return this.store.stepKinds[this.store.kinds.array[index]!]!;
	}

	lineAt(index: number): number {
		return this.store.lines.array[index]!;
	}

	narrationAt(index: number): string {
		return this.store.strings[this.store.narrations.array[index]!]!;
	}

	/** The full state after step `index`. */
	stateAt(index: number): StepState {
		if (!Number.isInteger(index) || index < 0 || index >= this.length) {
			throw new RangeError(`step ${index} is outside 0..${this.length - 1}`);
		}
		const checkpoint = this.checkpointAtOrBefore(index);
		const state = stateOf(checkpoint, this.meta.queues.length);
		replaySteps(this.store, state, checkpoint.step + 1, index);
		return this.materialize(index, state);
	}

	/** Every state in order, each built from the previous one (for printers that walk the whole plan). */
	*states(): Generator<StepState> {
		const state = stateOf(this.store.checkpoints[0]!, this.meta.queues.length);
		const reader = new EventReader(this.store.events.array, 0);
		for (let index = 0; index < this.length; index++) {
			replayStep(this.store, state, index, reader);
			yield this.materialize(index, state);
		}
	}

	/** The first landmark of `kind` after step `from`, or -1. */
	nextMarker(kind: MarkerKind, from: number): number {
		const list = this.store.markers.get(kind);
		if (!list) return -1;
		const at = upperBound(list.array, list.length, from);
		return at < list.length ? list.array[at]! : -1;
	}

	/** The last landmark of `kind` before step `from`, or -1. */
	previousMarker(kind: MarkerKind, from: number): number {
		const list = this.store.markers.get(kind);
		if (!list) return -1;
		const at = lowerBound(list.array, list.length, from) - 1;
		return at >= 0 ? list.array[at]! : -1;
	}

	/** The first step after `from` (or before it, going back) whose line is in `lines`, or -1. */
	findLine(lines: ReadonlySet<number>, from: number, direction: 1 | -1): number {
		if (lines.size === 0) return -1;
		const all = this.store.lines.array;
		for (let index = from + direction; index >= 0 && index < this.length; index += direction) {
			if (lines.has(all[index]!) && this.kindAt(index) === 'statement') return index;
		}
		return -1;
	}

	private checkpointAtOrBefore(index: number): Checkpoint {
		const checkpoints = this.store.checkpoints;
		let low = 0;
		let high = checkpoints.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (checkpoints[middle]!.step <= index) low = middle;
			else high = middle - 1;
		}
		return checkpoints[low]!;
	}

	private materialize(index: number, state: CoreState): StepState {
		const store = this.store;
		return {
			index,
			kind: this.kindAt(index),
			line: store.lines.array[index]!,
			column: store.columns.array[index]!,
			narration: this.narrationAt(index),
			stack: this.frames(state.top, state.topLine),
			queues: this.meta.queues.map(
				(queue, at): QueueState => ({
					id: queue.id,
					title: queue.title,
					items: state.queues[at]!.map(version => this.item(version)),
				}),
			),
			clock: state.clock,
			phase: store.strings[state.phase]!,
			console: store.chunks.slice(0, state.consoleLength),
			changes: this.changesAt(index),
		};
	}

	private frames(top: FrameCell | undefined, topLine: number): Frame[] {
		const frames: Frame[] = [];
		let line = topLine;
		for (let cell = top; cell; cell = cell.parent) {
			frames.push({name: this.store.strings[cell.name]!, line});
			line = cell.callerLine;
		}
		return frames.reverse();
	}

	private item(version: number): QueueItem {
		const store = this.store;
		const item: {-readonly [K in keyof QueueItem]: QueueItem[K]} = {
			id: store.itemIds.array[version]!,
			label: store.strings[store.itemLabels.array[version]!]!,
			line: store.itemLines.array[version]!,
		};
		const due = this.dueOf(version);
		if (due !== undefined) item.due = due;
		const note = store.itemNotes.array[version]!;
		if (note !== 0) item.note = store.strings[note - 1]!;
		return item;
	}

	/**
	 * The due time of an item version, or undefined. A queue lists its timers in ascending version
	 * order as often as not, so the entry after the last one found is tried before a binary search.
	 */
	private dueOf(version: number): number | undefined {
		const versions = this.store.dueVersions;
		const next = this.lastDue + 1;
		if (next < versions.length && versions.array[next] === version) {
			this.lastDue = next;
			return this.store.dueValues.array[next];
		}
		const at = this.store.dueIndex(version);
		if (at < 0) return undefined;
		this.lastDue = at;
		return this.store.dueValues.array[at];
	}

	/** The queue items step `index` enqueued, removed or updated, read from its event records. */
	private changesAt(index: number): QueueChange[] {
		const store = this.store;
		const itemIds = store.itemIds.array;
		const changes: QueueChange[] = [];
		const size = store.eventSize(index);
		if (size === 0) return changes;
		const reader = new EventReader(store.events.array, store.eventStart(index));
		const end = reader.at + size;
		while (reader.at < end) {
			const head = reader.byte();
			switch (head & 0x0f) {
				case EventOp.pushFrame:
					reader.uint();
					reader.uint();
					break;
				case EventOp.popFrame:
					break;
				case EventOp.enqueue:
					changes.push({queue: this.queueId(head), itemId: itemIds[reader.uint()]!, change: 'enqueued'});
					reader.uint();
					break;
				case EventOp.remove:
					changes.push({queue: this.queueId(head), itemId: itemIds[reader.uint()]!, change: 'removed'});
					break;
				case EventOp.update:
					reader.uint();
					changes.push({queue: this.queueId(head), itemId: itemIds[reader.uint()]!, change: 'updated'});
					break;
				default:
					reader.uint();
			}
		}
		return changes;
	}

	/** The queue a queue op's first byte names. */
	private queueId(head: number): string {
		return this.meta.queues[head >> 4]!.id;
	}
}

/** Index of the first of `length` ascending marks greater than `value`. */
function upperBound(marks: UintArray, length: number, value: number): number {
	let low = 0;
	let high = length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (marks[middle]! <= value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Index of the first of `length` ascending marks not less than `value`. */
function lowerBound(marks: UintArray, length: number, value: number): number {
	let low = 0;
	let high = length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (marks[middle]! < value) low = middle + 1;
		else high = middle;
	}
	return low;
}
