import {Growable, type TypedArray} from './growable.js';
import type {Outcome} from './outcome.js';
import type {PlanMeta} from './plan-meta.js';
import {PlanStore} from './plan-store.js';
import {Plan} from './plan.js';
import type {MarkerKind} from './step-kind.js';

type Column = Growable<TypedArray>;

/** A column as it crosses threads: only its filled part, whose buffer is moved, not copied. */
interface ColumnMessage {
	readonly column: ArrayBufferView;
}

/**
 * A plan as a worker thread posts it. Structured clone keeps shared references within one message,
 * so the persistent frame lists of the checkpoints arrive shared as they were recorded.
 */
export interface PlanMessage {
	readonly meta: PlanMeta;
	readonly outcome: Outcome;
	readonly stepKinds: PlanStore['stepKinds'];
	readonly fields: Record<string, unknown>;
}

function isColumnMessage(value: unknown): value is ColumnMessage {
	return typeof value === 'object' && value !== null && 'column' in value && ArrayBuffer.isView((value as ColumnMessage).column);
}

/**
 * Packs a finished plan for `postMessage`: every Growable column (and every marker list) travels as
 * its typed array in the transfer list; everything else is plain data. Walking the store's own
 * fields keeps this in step with PlanStore without naming each column.
 */
export function planToMessage(plan: Plan): {message: PlanMessage; transfer: ArrayBuffer[]} {
	const transfer: ArrayBuffer[] = [];
	const pack = (growable: Column): ColumnMessage => {
		// A finished plan's columns are compact, each on a buffer of its own: moving it moves nothing else.
		growable.compact();
		const column = growable.array;
		transfer.push(column.buffer as ArrayBuffer);
		return {column};
	};
	const fields: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(plan.store)) {
		if (key === 'stepKinds') continue;
		if (value instanceof Growable) fields[key] = pack(value as Column);
		else if (key === 'markers') fields[key] = new Map([...(value as PlanStore['markers'])].map(([kind, list]) => [kind, pack(list as Column)]));
		else fields[key] = value;
	}
	return {message: {meta: plan.meta, outcome: plan.outcome, stepKinds: plan.store.stepKinds, fields}, transfer};
}

/** Rebuilds a plan from what `planToMessage` posted. */
export function planFromMessage(message: PlanMessage): Plan {
	const store = new PlanStore(message.stepKinds);
	const adopt = (growable: Column, packed: ColumnMessage): void => {
		const array = packed.column as TypedArray;
		growable.adopt(array, array.length);
	};
	for (const [key, value] of Object.entries(message.fields)) {
		const current: unknown = Reflect.get(store, key);
		if (current instanceof Growable && isColumnMessage(value)) adopt(current as Column, value);
		else if (key === 'markers') {
			for (const [kind, packed] of value as Map<MarkerKind, ColumnMessage>) adopt(store.marker(kind) as Column, packed);
		} else Reflect.set(store, key, value);
	}
	return new Plan(message.meta, store, message.outcome);
}
