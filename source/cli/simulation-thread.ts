import {Worker} from 'node:worker_threads';
import type {Language} from '../plan/index.js';

/**
 * The simulation thread's stack. A simulated call costs about a kilobyte of host stack, so Node's
 * own depth (about 11,000 frames) needs more than the 1 MB a main thread has; deeply nested sources
 * need more still while they are compiled. The memory is reserved, and only touched when used.
 */
export const simulationStackMb = 256;

/**
 * The simulation thread's heap. Reaching it ends the thread, not loopstep, which then reports that
 * the program needs more memory than loopstep gives it.
 */
const simulationHeapMb = 2048;

/** What a simulation thread is started with: the language whose simulator it loads at once. */
export interface SimulationThreadData {
	readonly language: Language;
}

let prestarted: Worker | undefined;

/**
 * Starts the simulation thread before the command line is parsed: a worker takes about 75 ms to
 * boot and load its simulator, which then overlaps the main thread's loading of meow and the UI.
 * Unreferenced, so a command that ends without simulating (a usage error, `--list`) still exits.
 */
export function prestartSimulationThread(language: Language): void {
	prestarted ??= startThread(language);
}

/** The prestarted thread if there is one, else a new one; it keeps loopstep alive until it ends. */
export function simulationThread(language: Language): Worker {
	const worker = prestarted ?? startThread(language);
	prestarted = undefined;
	worker.ref();
	return worker;
}

function startThread(language: Language): Worker {
	const data: SimulationThreadData = {language};
	const worker = new Worker(new URL('simulation-worker.js', import.meta.url), {workerData: data, resourceLimits: {stackSizeMb: simulationStackMb, maxOldGenerationSizeMb: simulationHeapMb}});
	worker.unref();
	return worker;
}
