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

let prestarted: {readonly worker: Worker; ended: boolean} | undefined;

/**
 * Starts the simulation thread before the command line is parsed: a worker takes about 75 ms to
 * boot and load its simulator, which then overlaps the main thread's loading of meow and the UI.
 * Unreferenced, so a command that ends without simulating (a usage error, `--list`) still exits.
 */
export function prestartSimulationThread(language: Language): void {
	if (prestarted) return;
	const thread = {worker: startThread(language), ended: false};
	// A thread that fails before anyone listens (a chunk missing from a broken install) must not
	// crash loopstep: it is replaced when needed, and the new one fails to a listener.
	thread.worker.on('error', () => undefined).once('exit', () => {
		thread.ended = true;
	});
	prestarted = thread;
}

/** The prestarted thread if it still runs, else a new one; it keeps loopstep alive until it ends. */
export function simulationThread(language: Language): Worker {
	const thread = prestarted;
	prestarted = undefined;
	const worker = thread && !thread.ended ? thread.worker : startThread(language);
	worker.ref();
	return worker;
}

function startThread(language: Language): Worker {
	const data: SimulationThreadData = {language};
	const worker = new Worker(new URL('simulation-worker.js', import.meta.url), {workerData: data, resourceLimits: {stackSizeMb: simulationStackMb, maxOldGenerationSizeMb: simulationHeapMb}});
	worker.unref();
	return worker;
}
