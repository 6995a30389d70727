import {mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {build} from 'esbuild';
import type {CaseVerdict} from './case-verdict.js';
import type {SimulateReply, SimulateRequest} from './simulate-worker.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..', '..');

/**
 * Per-thread limits. The stack is close to Node's main thread (about 1 MB), so deep-nesting results
 * match the CLI; the heap cap turns a runaway allocation into a reported death, not a dead test run.
 */
const resourceLimits = {stackSizeMb: 1, maxOldGenerationSizeMb: 768};

/** Bundles the worker with the simulators (native tree-sitter stays external, found via a link). */
async function bundleWorker(): Promise<{file: string; directory: string}> {
	const directory = mkdtempSync(path.join(os.tmpdir(), 'loopstep-robustness-'));
	symlinkSync(path.join(projectRoot, 'node_modules'), path.join(directory, 'node_modules'), 'dir');
	const file = path.join(directory, 'simulate-worker.mjs');
	await build({
		entryPoints: [path.join(here, 'simulate-worker.ts')],
		outfile: file,
		bundle: true,
		platform: 'node',
		target: 'node20',
		format: 'esm',
		logLevel: 'error',
		external: ['tree-sitter', 'tree-sitter-python'],
		banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	});
	return {file, directory};
}

interface Job {
	readonly request: Omit<SimulateRequest, 'id'>;
	readonly timeoutMs: number;
	readonly resolve: (verdict: CaseVerdict) => void;
}

/** One worker thread that runs one job at a time and is replaced when it hangs or dies. */
class Slot {
	private worker: Worker;
	private current: {job: Job; id: number; started: number; timer: NodeJS.Timeout} | undefined;
	private nextId = 1;

	constructor(
		private readonly file: string,
		private readonly onIdle: (slot: Slot) => void,
	) {
		this.worker = this.spawn();
	}

	run(job: Job): void {
		const id = this.nextId++;
		const started = performance.now();
		const timer = setTimeout(() => this.finish(id, {kind: 'hang', elapsedMs: performance.now() - started}, true), job.timeoutMs);
		this.current = {job, id, started, timer};
		this.worker.postMessage({...job.request, id} satisfies SimulateRequest);
	}

	close(): Promise<number> {
		return this.worker.terminate();
	}

	private spawn(): Worker {
		const worker = new Worker(this.file, {resourceLimits});
		worker.on('message', (reply: SimulateReply) => this.finish(reply.id, {...reply.result, elapsedMs: reply.elapsedMs}, false));
		worker.on('error', error => this.died(worker, `${error.name}: ${error.message}${'code' in error ? ` (${String(error.code)})` : ''}`));
		worker.on('exit', code => this.died(worker, `worker exited with code ${code}`));
		return worker;
	}

	private died(worker: Worker, message: string): void {
		if (worker !== this.worker || !this.current) return;
		this.finish(this.current.id, {kind: 'worker-died', message, elapsedMs: performance.now() - this.current.started}, true);
	}

	private finish(id: number, verdict: CaseVerdict, replace: boolean): void {
		const current = this.current;
		if (!current || current.id !== id) return;
		clearTimeout(current.timer);
		this.current = undefined;
		if (replace) {
			const old = this.worker;
			this.worker = this.spawn();
			void old.terminate();
		}
		current.job.resolve(verdict);
		this.onIdle(this);
	}
}

/** A few worker threads that simulate inputs in isolation, each with a wall-time bound. */
export class SimulatorPool {
	private readonly idle: Slot[] = [];
	private readonly slots: Slot[] = [];
	private readonly waiting: Job[] = [];

	private constructor(
		file: string,
		size: number,
		private readonly directory: string,
	) {
		for (let index = 0; index < size; index++) {
			const slot = new Slot(file, free => this.next(free));
			this.slots.push(slot);
			this.idle.push(slot);
		}
	}

	static async start(size: number): Promise<SimulatorPool> {
		const {file, directory} = await bundleWorker();
		return new SimulatorPool(file, size, directory);
	}

	simulate(request: Omit<SimulateRequest, 'id'>, timeoutMs: number): Promise<CaseVerdict> {
		return new Promise(resolve => {
			const job = {request, timeoutMs, resolve};
			const slot = this.idle.pop();
			if (slot) slot.run(job);
			else this.waiting.push(job);
		});
	}

	get size(): number {
		return this.slots.length;
	}

	async close(): Promise<void> {
		await Promise.all(this.slots.map(slot => slot.close()));
		rmSync(this.directory, {recursive: true, force: true});
	}

	private next(slot: Slot): void {
		const job = this.waiting.shift();
		if (job) slot.run(job);
		else this.idle.push(slot);
	}
}
