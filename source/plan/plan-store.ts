import {Growable} from './growable.js';
import type {MarkerKind, StepKind} from './step-kind.js';
import type {ConsoleChunk} from './step-state.js';

/** A frame of the stack as a persistent list: a checkpoint keeps the top cell, never a copy. */
export interface FrameCell {
	readonly name: number;
	readonly parent: FrameCell | undefined;
	/** The line the frame below was at when this one was pushed. */
	readonly callerLine: number;
}

/** The live part of a state that replay mutates; a checkpoint is a copy of it. */
export interface CoreState {
	top: FrameCell | undefined;
	topLine: number;
	/** Item versions per queue, in display order. */
	queues: number[][];
	clock: number;
	phase: number;
	consoleLength: number;
}

export interface Checkpoint {
	/** The state after this step (-1: before any step). */
	readonly step: number;
	readonly state: CoreState;
}

export function copyState(state: CoreState): CoreState {
	return {...state, queues: state.queues.map(queue => queue.slice())};
}

/**
 * Everything a plan stores, column by column. The recorder appends to it; the plan reads it.
 * Per step: kind (1 byte), line (4), column (2), narration id (4), end of its events (4).
 */
export class PlanStore {
	readonly kinds = new Growable(Uint8Array);
	readonly lines = new Growable(Int32Array);
	readonly columns = new Growable(Uint16Array);
	readonly narrations = new Growable(Uint32Array);
	readonly eventEnds = new Growable(Uint32Array);
	readonly events = new Growable(Int32Array, 4096);

	/** Interned strings: narrations, frame names, labels, notes, phases. */
	readonly strings: string[] = [];
	private readonly stringIds = new Map<string, number>();

	/** Item versions: a stable id plus the fields shown. */
	readonly itemIds = new Growable(Int32Array);
	readonly itemLabels = new Growable(Int32Array);
	readonly itemLines = new Growable(Int32Array);
	readonly itemDues = new Growable(Float64Array);
	readonly itemNotes = new Growable(Int32Array);

	readonly chunks: ConsoleChunk[] = [];
	readonly clockValues = new Growable(Float64Array, 256);
	readonly checkpoints: Checkpoint[] = [];
	readonly markers = new Map<MarkerKind, Growable<Uint32Array>>();

	constructor(readonly stepKinds: readonly StepKind[]) {}

	intern(text: string): number {
		let id = this.stringIds.get(text);
		if (id === undefined) {
			id = this.strings.length;
			this.strings.push(text);
			this.stringIds.set(text, id);
		}
		return id;
	}

	/** Frees the spare capacity of every column; called once, when recording ends. */
	compact(): void {
		for (const column of [this.kinds, this.lines, this.columns, this.narrations, this.eventEnds, this.events, this.itemIds, this.itemLabels, this.itemLines, this.itemDues, this.itemNotes, this.clockValues]) {
			column.compact();
		}
		for (const list of this.markers.values()) list.compact();
	}

	get stepCount(): number {
		return this.kinds.length;
	}

	marker(kind: MarkerKind): Growable<Uint32Array> {
		let list = this.markers.get(kind);
		if (!list) {
			list = new Growable(Uint32Array, 64);
			this.markers.set(kind, list);
		}
		return list;
	}
}
