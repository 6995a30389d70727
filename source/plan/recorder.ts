import {EventOp, eventSize} from './event-op.js';
import type {Outcome} from './outcome.js';
import {Plan} from './plan.js';
import type {PlanMeta} from './plan-meta.js';
import {copyState, type CoreState, PlanStore} from './plan-store.js';
import {applyEvents} from './replay.js';
import {stepKinds, type MarkerKind, type StepKind} from './step-kind.js';

/** Thrown by `Recorder.step` when the step cap is reached; a simulator catches it at its top. */
export class StepLimitError extends Error {
	constructor(readonly maxSteps: number) {
		super(`stopped after ${maxSteps.toLocaleString('en-US')} steps (--max-steps)`);
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

/** Checkpoint cost model: replaying from a checkpoint must stay cheap, copying queues must stay rare. */
const checkpointBaseWork = 512;

const stepKindCode = new Map<StepKind, number>(stepKinds.map((kind, index) => [kind, index]));

/**
 * What simulators call, in program order: `step` starts a new step (the cause of what follows)
 * and every other call records a change that belongs to the current step. The state shown at step
 * i is the state after all of step i's changes.
 */
export class Recorder {
	private readonly store = new PlanStore(stepKinds);
	private readonly live: CoreState;
	private readonly queueIndex = new Map<string, number>();
	private readonly stepKindCallback = stepKindCode.get('callback')!;
	private workSinceCheckpoint = 0;
	private nextItemId = 1;
	private finished = false;

	constructor(
		readonly meta: PlanMeta,
		readonly options: RecorderOptions,
	) {
		meta.queues.forEach((queue, index) => this.queueIndex.set(queue.id, index));
		this.live = {
			top: undefined,
			topLine: 0,
			queues: meta.queues.map(() => []),
			clock: 0,
			phase: this.store.intern(''),
			consoleLength: 0,
		};
		this.store.checkpoints.push({step: -1, state: copyState(this.live)});
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
		const code = stepKindCode.get(kind)!;
		store.kinds.push(code);
		store.lines.push(line);
		store.columns.push(column > 0xffff ? 0xffff : column);
		store.narrations.push(typeof narration === 'number' ? narration : store.intern(narration));
		if (code === this.stepKindCallback) store.marker('callback').push(count);
		if (line > 0 && this.live.top) this.live.topLine = line;
		this.workSinceCheckpoint++;
	}

	/** Marks the current step as a landmark (`iteration` or `timer`; the others are automatic). */
	mark(kind: MarkerKind): void {
		const list = this.store.marker(kind);
		const current = this.store.stepCount - 1;
		if (list.length === 0 || list.array[list.length - 1] !== current) list.push(current);
	}

	pushFrame(name: string, line: number): void {
		this.event(EventOp.pushFrame, this.store.intern(name), line);
	}

	popFrame(): void {
		this.event(EventOp.popFrame);
	}

	get stackDepth(): number {
		let depth = 0;
		for (let cell = this.live.top; cell; cell = cell.parent) depth++;
		return depth;
	}

	/** Adds an item at the end of a queue, or at `position`. */
	enqueue(queue: string, fields: ItemFields, position = -1): ItemRef {
		const version = this.addVersion(this.nextItemId++, fields);
		this.event(EventOp.enqueue, this.queue(queue), version, position);
		return version;
	}

	remove(queue: string, item: ItemRef): void {
		this.event(EventOp.remove, this.queue(queue), item);
	}

	/** Changes what an item shows; returns the handle to use from now on. */
	update(queue: string, item: ItemRef, fields: Partial<ItemFields>): ItemRef {
		const store = this.store;
		// Unchanged fields keep their interned ids: task notes change often in asyncio runs.
		store.itemIds.push(store.itemIds.array[item]!);
		store.itemLabels.push(fields.label === undefined ? store.itemLabels.array[item]! : store.intern(fields.label));
		store.itemLines.push(fields.line ?? store.itemLines.array[item]!);
		store.itemDues.push('due' in fields ? (fields.due ?? Number.NaN) : store.itemDues.array[item]!);
		store.itemNotes.push('note' in fields ? (fields.note === undefined ? -1 : store.intern(fields.note)) : store.itemNotes.array[item]!);
		const version = store.itemIds.length - 1;
		this.event(EventOp.update, this.queue(queue), item, version);
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
		this.event(EventOp.write, store.chunks.length - 1);
		this.mark('output');
	}

	setClock(ms: number): void {
		if (ms === this.live.clock) return;
		this.store.clockValues.push(ms);
		this.event(EventOp.clock, this.store.clockValues.length - 1);
	}

	setPhase(phase: string): void {
		const id = this.store.intern(phase);
		if (id !== this.live.phase) this.event(EventOp.phase, id);
	}

	/** Ends recording. An `end` step is added even past the step cap, so every plan ends visibly. */
	finish(outcome: Outcome, narration: string): Plan {
		if (this.finished) throw new Error('Recorder.finish called twice');
		this.finished = true;
		this.closeStep();
		const store = this.store;
		store.kinds.push(stepKindCode.get('end')!);
		store.lines.push(0);
		store.columns.push(0);
		store.narrations.push(store.intern(narration));
		store.eventEnds.push(store.events.length);
		store.compact();
		return new Plan(this.meta, store, outcome);
	}

	private closeStep(): void {
		const store = this.store;
		if (store.eventEnds.length < store.stepCount) {
			store.eventEnds.push(store.events.length);
			const queued = this.live.queues.reduce((sum, queue) => sum + queue.length, 0);
			if (this.workSinceCheckpoint >= checkpointBaseWork + queued) {
				store.checkpoints.push({step: store.stepCount - 1, state: copyState(this.live)});
				this.workSinceCheckpoint = 0;
			}
		}
	}

	private queue(id: string): number {
		const index = this.queueIndex.get(id);
		if (index === undefined) throw new Error(`unknown queue "${id}"`);
		return index;
	}

	private addVersion(id: number, fields: ItemFields): number {
		const store = this.store;
		store.itemIds.push(id);
		store.itemLabels.push(store.intern(fields.label));
		store.itemLines.push(fields.line);
		store.itemDues.push(fields.due ?? Number.NaN);
		store.itemNotes.push(fields.note === undefined ? -1 : store.intern(fields.note));
		return store.itemIds.length - 1;
	}

	private requireStep(): void {
		if (this.store.stepCount === 0) throw new Error('Recorder: a change before the first step');
	}

	/** Appends one event with the operands its op takes (see `eventSize`) and applies it live. */
	private event(op: number, a = 0, b = 0, c = 0): void {
		this.requireStep();
		const events = this.store.events;
		const from = events.length;
		const size = eventSize[op]!;
		events.push(op);
		if (size > 1) events.push(a);
		if (size > 2) events.push(b);
		if (size > 3) events.push(c);
		this.applied(from);
	}

	private applied(from: number): void {
		applyEvents(this.store, this.live, from, this.store.events.length);
		this.workSinceCheckpoint++;
	}
}
