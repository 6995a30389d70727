import type {Outcome} from './outcome.js';
import type {PlanMeta} from './plan-meta.js';
import {copyState, type CoreState, type FrameCell, type PlanStore} from './plan-store.js';
import {EventOp, eventSize} from './event-op.js';
import {replaySteps} from './replay.js';
import type {MarkerKind, StepKind} from './step-kind.js';
import type {ConsoleChunk, Frame, QueueChange, QueueItem, QueueState, StepState} from './step-state.js';

/**
 * A finished recording: random access to the state at any step. The state at step i is rebuilt
 * from the nearest checkpoint at or before i plus the events after it, so reaching any step of a
 * million-step plan costs a bounded replay, never a run from step 0.
 */
export class Plan {
	constructor(
		readonly meta: PlanMeta,
		private readonly store: PlanStore,
		readonly outcome: Outcome,
	) {}

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
		const state = copyState(checkpoint.state);
		replaySteps(this.store, state, checkpoint.step + 1, index);
		return this.materialize(index, state);
	}

	/** Every state in order, each built from the previous one (for printers that walk the whole plan). */
	*states(): Generator<StepState> {
		const state = copyState(this.store.checkpoints[0]!.state);
		for (let index = 0; index < this.length; index++) {
			replaySteps(this.store, state, index, index);
			yield this.materialize(index, state);
		}
	}

	/** The first landmark of `kind` after step `from`, or -1. */
	nextMarker(kind: MarkerKind, from: number): number {
		const list = this.store.markers.get(kind);
		if (!list) return -1;
		const marks = list.view();
		const at = upperBound(marks, from);
		return at < marks.length ? marks[at]! : -1;
	}

	/** The last landmark of `kind` before step `from`, or -1. */
	previousMarker(kind: MarkerKind, from: number): number {
		const list = this.store.markers.get(kind);
		if (!list) return -1;
		const marks = list.view();
		const at = lowerBound(marks, from) - 1;
		return at >= 0 ? marks[at]! : -1;
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

	private checkpointAtOrBefore(index: number): {step: number; state: CoreState} {
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
		const due = store.itemDues.array[version]!;
		const note = store.itemNotes.array[version]!;
		return {
			id: store.itemIds.array[version]!,
			label: store.strings[store.itemLabels.array[version]!]!,
			line: store.itemLines.array[version]!,
			...(Number.isNaN(due) ? {} : {due}),
			...(note < 0 ? {} : {note: store.strings[note]!}),
		};
	}

	private changesAt(index: number): QueueChange[] {
		const store = this.store;
		const log = store.events.array;
		const changes: QueueChange[] = [];
		const end = store.eventEnds.array[index]!;
		for (let at = index === 0 ? 0 : store.eventEnds.array[index - 1]!; at < end; at += eventSize[log[at]!]!) {
			const op = log[at]!;
			const queue = this.meta.queues[log[at + 1]!]?.id;
			if (queue === undefined) continue;
			if (op === EventOp.enqueue) changes.push({queue, itemId: store.itemIds.array[log[at + 2]!]!, change: 'enqueued'});
			else if (op === EventOp.remove) changes.push({queue, itemId: store.itemIds.array[log[at + 2]!]!, change: 'removed'});
			else if (op === EventOp.update) changes.push({queue, itemId: store.itemIds.array[log[at + 3]!]!, change: 'updated'});
		}
		return changes;
	}
}

/** Index of the first mark greater than `value`. */
function upperBound(marks: Uint32Array, value: number): number {
	let low = 0;
	let high = marks.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (marks[middle]! <= value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Index of the first mark not less than `value`. */
function lowerBound(marks: Uint32Array, value: number): number {
	let low = 0;
	let high = marks.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (marks[middle]! < value) low = middle + 1;
		else high = middle;
	}
	return low;
}
