import {mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {fork, type ChildProcess, type ForkOptions} from 'node:child_process';
import {build} from 'esbuild';
import type {CaseVerdict} from './case-verdict.js';
import type {SimulateReply, SimulateRequest} from './simulator-process.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..', '..');

/**
 * A child process, since a V8 fatal error takes a whole process down; it simulates on a thread with
 * the CLI's simulation stack, so deep nesting behaves as under `loopstep`.
 */
const childOptions: ForkOptions = {serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc']};

/** Keeps the end of a child's stderr: V8 prints why it aborted there. */
const keptStderr = 4096;

/** Bundles the child's script with the simulators (native tree-sitter stays external, found via a link). */
async function bundleChildScript(): Promise<{file: string; directory: string}> {
	const directory = mkdtempSync(path.join(os.tmpdir(), 'loopstep-robustness-'));
	symlinkSync(path.join(projectRoot, 'node_modules'), path.join(directory, 'node_modules'), 'dir');
	const file = path.join(directory, 'simulator-process.mjs');
	await build({
		entryPoints: [path.join(here, 'simulator-process.ts')],
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

/** One child process that runs one job at a time and is replaced when it hangs or dies. */
class Slot {
	private child: ChildProcess;
	private stderr = '';
	private current: {job: Job; id: number; started: number; timer: NodeJS.Timeout} | undefined;
	private nextId = 1;

	constructor(
		private readonly file: string,
		private readonly onIdle: (slot: Slot) => void,
	) {
		this.child = this.spawn();
	}

	run(job: Job): void {
		const id = this.nextId++;
		const started = performance.now();
		const timer = setTimeout(() => this.finish(id, {kind: 'hang', elapsedMs: performance.now() - started}, true), job.timeoutMs);
		this.current = {job, id, started, timer};
		this.child.send({...job.request, id} satisfies SimulateRequest);
	}

	close(): Promise<void> {
		const child = this.child;
		if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
		return new Promise(resolve => {
			child.once('exit', () => resolve());
			child.kill('SIGKILL');
		});
	}

	private spawn(): ChildProcess {
		const child = fork(this.file, [], childOptions);
		this.stderr = '';
		child.stderr!.setEncoding('utf8');
		child.stderr!.on('data', (text: string) => {
			this.stderr = (this.stderr + text).slice(-keptStderr);
		});
		child.on('message', (reply: SimulateReply) => this.finish(reply.id, {...reply.result, elapsedMs: reply.elapsedMs}, false));
		child.on('error', error => this.died(child, `${error.name}: ${error.message}`));
		child.on('exit', (code, signal) => this.died(child, `the simulating process ended (${signal ?? `exit ${code}`}): ${fatalLine(this.stderr)}`));
		return child;
	}

	private died(child: ChildProcess, message: string): void {
		if (child !== this.child || !this.current) return;
		this.finish(this.current.id, {kind: 'child-died', message, elapsedMs: performance.now() - this.current.started}, true);
	}

	private finish(id: number, verdict: CaseVerdict, replace: boolean): void {
		const current = this.current;
		if (!current || current.id !== id) return;
		clearTimeout(current.timer);
		this.current = undefined;
		if (replace) {
			const old = this.child;
			this.child = this.spawn();
			old.kill('SIGKILL');
		}
		current.job.resolve(verdict);
		this.onIdle(this);
	}
}

/** The line of a dead child's stderr that says why, e.g. V8's `FATAL ERROR: ...`. */
function fatalLine(stderr: string): string {
	return /FATAL ERROR:.*|\S.*$/.exec(stderr.trim())?.[0] ?? 'no message';
}

/** A few child processes that simulate inputs in isolation, each with a wall-time bound. */
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
		const {file, directory} = await bundleChildScript();
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
