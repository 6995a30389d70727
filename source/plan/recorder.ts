import {checkpointOf} from './checkpoint.js';
import {enqueueItem, enterLine, popFrame, pushFrame, removeItem, updateItemAt, type CoreState} from './core-state.js';
import type {EventLog} from './event-log.js';
import {EventOp, maxQueues} from './event-op.js';
import type {Outcome} from './outcome.js';
import {Plan} from './plan.js';
import type {PlanMeta} from './plan-meta.js';
import {eventBlockSteps, eventSizeOverflow, PlanStore} from './plan-store.js';
import {stepKinds, type MarkerKind, type StepKind} from './step-kind.js';
import {formatCount} from './format-count.js';

/** Thrown by `Recorder.step` when the step cap is reached; a simulator catches it at its top. */
export class StepLimitError extends Error {
	constructor(readonly maxSteps: number) {
		super(`stopped after ${formatCount(maxSteps)} steps (--max-steps)`);
		this.name = 'StepLimitError';
	}
}

/** What a queue item shows; `due` only for timers, `note` for a short state such as a task's. */
export interface ItemFields {
	readonly label: string;
	readonly line: number;
	readonly due?: number;
	readonly note?: string;
}

/** A handle on an item in a queue, for removing or updating it later. */
export type ItemRef = number;

export interface RecorderOptions {
	/** The step cap; `step` throws `StepLimitError` past it. */
	readonly maxSteps: number;
}

/**
 * Checkpoint cost model. A checkpoint is taken once the work since the last one (steps plus events)
 * reaches `checkpointBaseWork + checkpointQueueWork × queued items`: replaying from a checkpoint
 * stays cheap, and copying long queues stays rare enough to cost under one byte a step.
 */
const checkpointBaseWork = 1024;
const checkpointQueueWork = 4;

const callbackCode = stepKinds.indexOf('callback');
const endCode = stepKinds.indexOf('end');

/** A step kind's index in `stepKinds` (same order); a switch on interned strings beats a Map lookup on the hottest path. */
function stepKindCode(kind: StepKind): number {
	switch (kind) {
		case 'statement':
			return 0;
		case 'call':
			return 1;
		case 'return':
			return 2;
		case 'host':
			return 3;
		case 'output':
			return 4;
		case 'callback':
			return 5;
		case 'loop':
			return 6;
		case 'error':
			return 7;
		case 'end':
			return 8;
	}
}

/**
 * What simulators call, in program order: `step` starts a new step (the cause of what follows)
 * and every other call records a change that belongs to the current step. The state shown at step
 * i is the state after all of step i's changes. Each change is written to the event log and applied
 * to the live state at once, by the same functions replay uses (core-state.ts).
 */
export class Recorder {
	private readonly store = new PlanStore(stepKinds);
	private readonly live: CoreState;
	private readonly queueIndex = new Map<string, number>();
	/** Where the current step's events start in the log. */
	private stepEventStart = 0;
	private workSinceCheckpoint = 0;
	private nextItemId = 1;
	private finished = false;

	constructor(
		readonly meta: PlanMeta,
		readonly options: RecorderOptions,
	) {
		if (meta.queues.length > maxQueues) throw new Error(`a plan has at most ${maxQueues} queues`);
		meta.queues.forEach((queue, index) => this.queueIndex.set(queue.id, index));
		this.live = {
			top: undefined,
			topLine: 0,
			queues: meta.queues.map(() => []),
			clock: 0,
			phase: this.store.intern(''),
			consoleLength: 0,
		};
		this.store.checkpoints.push(checkpointOf(-1, this.live));
	}

	/** Interns a narration once, so a hot loop can pass the number instead of the text. */
	intern(text: string): number {
		return this.store.intern(text);
	}

	get stepCount(): number {
		return this.store.stepCount;
	}

	get clock(): number {
		return this.live.clock;
	}

	/**
	 * Starts a step. `line`/`column` are 1-based (0 while the loop itself acts).
	 * Throws `StepLimitError` once `maxSteps` steps exist.
	 */
	step(kind: StepKind, line: number, column: number, narration: string | number): void {
		const store = this.store;
		const count = store.stepCount;
		if (count >= this.options.maxSteps) throw new StepLimitError(this.options.maxSteps);
		this.closeStep();
		const code = stepKindCode(kind);
		this.openStep(code, line, column, typeof narration === 'number' ? narration : store.intern(narration));
		if (code === callbackCode) store.marker('callback').push(count);
		enterLine(this.live, line);
		this.workSinceCheckpoint++;
	}

	/** Marks the current step as a landmark (`iteration` or `timer`; the others are automatic). */
	mark(kind: MarkerKind): void {
		const list = this.store.marker(kind);
		const current = this.store.stepCount - 1;
		if (list.last() !== current) list.push(current);
	}

	pushFrame(name: string, line: number): void {
		const id = this.store.intern(name);
		const events = this.opEvent(EventOp.pushFrame);
		events.uint(id);
		events.uint(line);
		pushFrame(this.live, id, line);
	}

	popFrame(): void {
		this.opEvent(EventOp.popFrame);
		popFrame(this.live);
	}

	get stackDepth(): number {
		let depth = 0;
		for (let cell = this.live.top; cell; cell = cell.parent) depth++;
		return depth;
	}

	/** Adds an item at the end of a queue, or at `position`. */
	enqueue(queue: string, fields: ItemFields, position = -1): ItemRef {
		const index = this.queue(queue);
		const version = this.addVersion(this.nextItemId++, this.store.intern(fields.label), fields.line, fields.due, fields.note === undefined ? 0 : this.store.intern(fields.note) + 1);
		const events = this.queueEvent(EventOp.enqueue, index);
		events.uint(version);
		events.uint(position < 0 ? 0 : position + 1);
		enqueueItem(this.live.queues[index]!, version, position);
		return version;
	}

	remove(queue: string, item: ItemRef): void {
		const index = this.queue(queue);
		this.queueEvent(EventOp.remove, index).uint(item);
		removeItem(this.live.queues[index]!, item);
	}

	/** Changes what an item shows; returns the handle to use from now on. */
	update(queue: string, item: ItemRef, fields: Partial<ItemFields>): ItemRef {
		const index = this.queue(queue);
		const store = this.store;
		// Unchanged fields keep their interned ids: task notes change often in asyncio runs.
		const version = this.addVersion(
			store.itemIds.array[item]!,
			fields.label === undefined ? store.itemLabels.array[item]! : store.intern(fields.label),
			fields.line ?? store.itemLines.array[item]!,
			'due' in fields ? fields.due : this.dueOf(item),
			'note' in fields ? (fields.note === undefined ? 0 : store.intern(fields.note) + 1) : store.itemNotes.array[item]!,
		);
		const live = this.live.queues[index]!;
		const position = live.indexOf(item);
		const events = this.queueEvent(EventOp.update, index);
		events.uint(position + 1);
		events.uint(version);
		updateItemAt(live, position, version);
		return version;
	}

	/** The item handles of a queue now, front first. */
	items(queue: string): readonly ItemRef[] {
		return this.live.queues[this.queue(queue)]!;
	}

	write(stream: 'stdout' | 'stderr', text: string): void {
		if (text === '') return;
		const store = this.store;
		store.chunks.push({stream, text});
		this.opEvent(EventOp.write).uint(store.chunks.length - 1);
		this.live.consoleLength = store.chunks.length;
		this.mark('output');
	}

	setClock(ms: number): void {
		if (ms === this.live.clock) return;
		const values = this.store.clockValues;
		values.push(ms);
		this.opEvent(EventOp.clock).uint(values.length - 1);
		this.live.clock = ms;
	}

	setPhase(phase: string): void {
		const id = this.store.intern(phase);
		if (id === this.live.phase) return;
		this.opEvent(EventOp.phase).uint(id);
		this.live.phase = id;
	}

	/** Ends recording. An `end` step is added even past the step cap, so every plan ends visibly. */
	finish(outcome: Outcome, narration: string): Plan {
		if (this.finished) throw new Error('Recorder.finish called twice');
		this.finished = true;
		const store = this.store;
		this.closeStep();
		this.openStep(endCode, 0, 0, store.intern(narration));
		this.closeStep();
		store.compact();
		return new Plan(this.meta, store, outcome);
	}

	private openStep(code: number, line: number, column: number, narration: number): void {
		const store = this.store;
		if ((store.stepCount & (eventBlockSteps - 1)) === 0) store.eventBlockStarts.push(store.events.length);
		store.kinds.push(code);
		store.lines.push(line);
		store.columns.push(column);
		store.narrations.push(narration);
		this.stepEventStart = store.events.length;
	}

	/** Records the size of the current step's events and takes a checkpoint when the work since the last one calls for it. */
	private closeStep(): void {
		const store = this.store;
		const step = store.eventSizes.length;
		if (step === store.stepCount) return;
		const size = store.events.length - this.stepEventStart;
		if (size >= eventSizeOverflow) {
			store.eventSizes.push(eventSizeOverflow);
			store.eventOverflowSteps.push(step);
			store.eventOverflowSizes.push(size);
		} else store.eventSizes.push(size);
		if (this.workSinceCheckpoint < checkpointBaseWork) return;
		let queued = 0;
		for (const queue of this.live.queues) queued += queue.length;
		if (this.workSinceCheckpoint >= checkpointBaseWork + checkpointQueueWork * queued) {
			store.checkpoints.push(checkpointOf(step, this.live));
			this.workSinceCheckpoint = 0;
		}
	}

	private queue(id: string): number {
		const index = this.queueIndex.get(id);
		if (index === undefined) throw new Error(`unknown queue "${id}"`);
		return index;
	}

	private addVersion(id: number, label: number, line: number, due: number | undefined, note: number): number {
		const store = this.store;
		const version = store.itemIds.length;
		store.itemIds.push(id);
		store.itemLabels.push(label);
		store.itemLines.push(line);
		store.itemNotes.push(note);
		if (due !== undefined && !Number.isNaN(due)) {
			store.dueVersions.push(version);
			store.dueValues.push(due);
		}
		return version;
	}

	private dueOf(version: number): number | undefined {
		const at = this.store.dueIndex(version);
		return at < 0 ? undefined : this.store.dueValues.array[at];
	}

	/** Starts an event record of the current step; the caller writes its operands. */
	private opEvent(op: number): EventLog {
		return this.queueEvent(op, 0);
	}

	private queueEvent(op: number, queue: number): EventLog {
		if (this.store.stepCount === 0) throw new Error('Recorder: a change before the first step');
		this.workSinceCheckpoint++;
		const events = this.store.events;
		events.byte(op | (queue << 4));
		return events;
	}
}
