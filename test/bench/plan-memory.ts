/**
 * Measuring what a plan's store keeps: fields are released one at a time and the JS heap read after
 * full GCs, while array-buffer memory is counted by length, because Node frees it lazily, after the
 * GC that drops its owner. Needs `--expose-gc`.
 */
import type {Plan} from '../../source/plan/index.js';

const collect = (globalThis as {gc?: () => void}).gc;

/** The JS heap in use after full GCs; with fewer than four, what the last release freed is sometimes still counted (V8 sweeps lazily). */
export function heapUsedAfterGc(): number {
	if (!collect) throw new Error('run with --expose-gc');
	for (let pass = 0; pass < 4; pass++) collect();
	return process.memoryUsage().heapUsed;
}

/** The plan's store as fields that can be released. */
export function storeFields(plan: Plan): Record<string, unknown> {
	return plan.store as unknown as Record<string, unknown>;
}

/** Drops one field of the store and returns the array-buffer bytes it held; no local keeps the value alive. */
export function releaseField(store: Record<string, unknown>, field: string): number {
	const buffers = bufferBytes(store[field]);
	store[field] = undefined;
	return buffers;
}

/** Bytes the plan's store holds: everything releasing all its fields frees. The plan is unusable afterwards. */
export function releaseStore(plan: Plan): number {
	const store = storeFields(plan);
	const before = heapUsedAfterGc();
	let buffers = 0;
	for (const field of Object.keys(store)) buffers += releaseField(store, field);
	return before - heapUsedAfterGc() + buffers;
}

/** Bytes of array buffers reachable from a value through objects, arrays and maps. */
function bufferBytes(value: unknown, seen = new Set<unknown>()): number {
	if (value === null || typeof value !== 'object' || seen.has(value)) return 0;
	seen.add(value);
	if (ArrayBuffer.isView(value)) return value.buffer.byteLength;
	let total = 0;
	if (value instanceof Map) for (const item of value.values()) total += bufferBytes(item, seen);
	else for (const item of Object.values(value)) total += bufferBytes(item, seen);
	return total;
}
