/**
 * Where a plan's bytes go, for one workload in a process of its own: each field of the finished
 * PlanStore, as the heap it frees when released plus the array buffers it held (plan-memory.ts).
 * Run by breakdown.mjs after bundling; prints one JSON line.
 */
import {readFileSync} from 'node:fs';
import {simulateJavaScript} from '../../source/js/index.js';
import {simulatePython} from '../../source/py/index.js';
import type {Plan} from '../../source/plan/index.js';
import {heapUsedAfterGc, releaseField, storeFields} from './plan-memory.js';

const file = process.argv[2]!;
const maxSteps = Number(process.argv[3] ?? 1_000_000);
const source = readFileSync(file, 'utf8');
const simulate = file.endsWith('.py') ? simulatePython : simulateJavaScript;

function heap(): number {
	const used = heapUsedAfterGc();
	return used + process.memoryUsage().arrayBuffers;
}

const before = heap();
const plan: Plan = simulate({file, source}, {maxSteps});
const steps = plan.length;
const heapGrowthPerStep = (heap() - before) / steps;
const store = storeFields(plan);
const counts = Object.fromEntries(
	Object.entries(store).flatMap(([field, value]) => (value && typeof value === 'object' && typeof (value as {length?: unknown}).length === 'number' ? [[field, (value as {length: number}).length]] : [])),
);

const parts: Record<string, number> = {};
let planBytes = 0;
let last = heapUsedAfterGc();
// Objects and strings first, typed-array columns last: released after the columns, the interned
// strings have measured as freeing nothing, although on their own they free tens of bytes a step.
const isColumn = (field: string): boolean => ArrayBuffer.isView((store[field] as {array?: unknown} | undefined)?.array);
const order = Object.keys(store).sort((a, b) => Number(isColumn(a)) - Number(isColumn(b)) || a.localeCompare(b));
for (const field of order) {
	if (store[field] === null || typeof store[field] !== 'object') continue;
	const buffers = releaseField(store, field);
	const now = heapUsedAfterGc();
	parts[field] = (last - now + buffers) / steps;
	planBytes += last - now + buffers;
	last = now;
}

console.log(JSON.stringify({steps, heapGrowthPerStep, planPerStep: planBytes / steps, parts, counts}));
