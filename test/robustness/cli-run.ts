import {spawn} from 'node:child_process';
import path from 'node:path';
import {projectRoot} from './seed-corpus.js';
import {internalTraceIn} from './stack-trace.js';

export const cliPath = path.join(projectRoot, 'dist', 'cli.js');

/** How a spawned `loopstep --print` ended. */
export interface CliRun {
	readonly exitCode: number | null;
	readonly signal: NodeJS.Signals | null;
	readonly timedOut: boolean;
	readonly stdout: string;
	readonly stderr: string;
	readonly elapsedMs: number;
}

/** Keeps at most this much of each stream: enough to find a trace, bounded for 100 MB printers. */
const keptBytes = 1024 * 1024;

/** Runs the built CLI on `file` and kills it after `timeoutMs`. */
export function runCli(args: readonly string[], timeoutMs: number): Promise<CliRun> {
	return new Promise(resolve => {
		const started = performance.now();
		const child = spawn(process.execPath, [cliPath, ...args], {env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}, stdio: ['ignore', 'pipe', 'pipe']});
		const streams = {stdout: '', stderr: ''};
		for (const name of ['stdout', 'stderr'] as const) {
			child[name].setEncoding('utf8');
			child[name].on('data', (text: string) => {
				if (streams[name].length < keptBytes) streams[name] += text.slice(0, keptBytes - streams[name].length);
			});
		}
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			child.kill('SIGKILL');
		}, timeoutMs);
		child.on('close', (exitCode, signal) => {
			clearTimeout(timer);
			resolve({exitCode, signal: timedOut ? null : signal, timedOut, ...streams, elapsedMs: performance.now() - started});
		});
	});
}

/**
 * Why a CLI run is not a clean end, or undefined: it must exit by itself with a documented code (0,
 * 1, 2, or the program's own `exit(n)` as the in-process run predicted) and print no internal trace.
 */
export function cliProblemOf(run: CliRun, expectedProgramExit?: number): string | undefined {
	if (run.timedOut) return `hang: killed after ${Math.round(run.elapsedMs)} ms`;
	if (run.signal) return `host crash: killed by ${run.signal}`;
	if (run.exitCode === 70) return `exit 70 (internal error): ${run.stderr.split('\n', 1)[0]}`;
	if (run.exitCode === null || (run.exitCode > 2 && run.exitCode !== expectedProgramExit)) return `undocumented exit code ${run.exitCode}: ${run.stderr.split('\n', 1)[0]}`;
	const internal = /could not simulate this program|internal error in the \w+ simulator/.exec(run.stderr);
	if (internal) return `internal error reported as exit ${run.exitCode}: ${run.stderr.slice(internal.index).split('\n', 1)[0]}`;
	const trace = internalTraceIn(run.stderr) ?? internalTraceIn(run.stdout);
	if (trace) return `internal stack trace printed: ${trace.trim()}`;
	return undefined;
}
