import type {Checkpoint} from './checkpoint.js';
import {EventLog} from './event-log.js';
import {FloatColumn} from './float-column.js';
import type {MarkerKind, StepKind} from './step-kind.js';
import type {ConsoleChunk} from './step-state.js';
import {UintColumn} from './uint-column.js';

/** Steps per block of the event index (a power of two): a step's first event is its block's start plus the sizes before it. */
export const eventBlockSteps = 64;
/** A step size of this value or more is stored as this value, with the real size in the overflow columns. */
export const eventSizeOverflow = 0xff;

/**
 * Everything a plan stores, column by column. The recorder appends to it; the plan reads it.
 * Per step: kind, line, column, narration id (one byte each while the values fit, see
 * `UintColumn`) and the byte size of its events (one byte); every 64 steps, where their events start.
 */
export class PlanStore {
	readonly kinds = new UintColumn();
	readonly lines = new UintColumn();
	readonly columns = new UintColumn();
	readonly narrations = new UintColumn();

	/** Bytes of event records per step (`eventSizeOverflow` and up: see the overflow columns). */
	readonly eventSizes = new UintColumn();
	/** Where the events of steps 0, 64, 128, … start in `events`. */
	readonly eventBlockStarts = new UintColumn(64);
	/** The steps whose event size reached `eventSizeOverflow`, ascending, and their real sizes. */
	readonly eventOverflowSteps = new UintColumn(16);
	readonly eventOverflowSizes = new UintColumn(16);
	readonly events = new EventLog();

	/** Interned strings: narrations, frame names, labels, notes, phases. */
	readonly strings: string[] = [];
	private readonly stringIds = new Map<string, number>();

	/** Item versions: a stable id plus the fields shown; notes are stored as string id + 1 (0: none). */
	readonly itemIds = new UintColumn();
	readonly itemLabels = new UintColumn();
	readonly itemLines = new UintColumn();
	readonly itemNotes = new UintColumn();
	/** Only timer items have a due time: the versions that have one, ascending, and the times. */
	readonly dueVersions = new UintColumn(64);
	readonly dueValues = new FloatColumn(64);

	readonly chunks: ConsoleChunk[] = [];
	readonly clockValues = new FloatColumn();
	readonly checkpoints: Checkpoint[] = [];
	readonly markers = new Map<MarkerKind, UintColumn>();

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

	/** Frees the spare capacity of every column and the intern table; called once, when recording ends. */
	compact(): void {
		for (const column of [this.kinds, this.lines, this.columns, this.narrations, this.eventSizes, this.eventBlockStarts, this.eventOverflowSteps, this.eventOverflowSizes, this.events, this.itemIds, this.itemLabels, this.itemLines, this.itemNotes, this.dueVersions, this.dueValues, this.clockValues]) {
			column.compact();
		}
		for (const list of this.markers.values()) list.compact();
		this.stringIds.clear();
	}

	get stepCount(): number {
		return this.kinds.length;
	}

	marker(kind: MarkerKind): UintColumn {
		let list = this.markers.get(kind);
		if (!list) {
			list = new UintColumn(64);
			this.markers.set(kind, list);
		}
		return list;
	}

	/** Where step `step`'s events start in `events`. */
	eventStart(step: number): number {
		const sizes = this.eventSizes.array;
		let at = this.eventBlockStarts.array[Math.floor(step / eventBlockSteps)]!;
		for (let before = step - (step % eventBlockSteps); before < step; before++) {
			const size = sizes[before]!;
			at += size === eventSizeOverflow ? this.overflowSize(before) : size;
		}
		return at;
	}

	/** How many bytes of events step `step` has. */
	eventSize(step: number): number {
		const size = this.eventSizes.array[step]!;
		return size === eventSizeOverflow ? this.overflowSize(step) : size;
	}

	/** Where an item version's due time is in `dueValues`, or -1 when it has none. */
	dueIndex(version: number): number {
		return indexOf(this.dueVersions, version);
	}

	private overflowSize(step: number): number {
		return this.eventOverflowSizes.array[indexOf(this.eventOverflowSteps, step)]!;
	}
}

/** Index of `value` in an ascending column, or -1. */
function indexOf(column: UintColumn, value: number): number {
	const values = column.array;
	let low = 0;
	let high = column.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (values[middle]! < value) low = middle + 1;
		else high = middle;
	}
	return low < column.length && values[low] === value ? low : -1;
}
