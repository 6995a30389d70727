import {execFile, execFileSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** What one run of a program produced. */
export interface RunResult {
	readonly stdout: string;
	readonly stderr: string;
	readonly exitCode: number;
	/** True when the run was killed by the time limit. */
	readonly timedOut: boolean;
}

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built CLI the tests drive, exactly as a user runs it. */
export const cliPath = path.join(projectRoot, 'dist', 'cli.js');

function run(command: string, args: readonly string[], timeoutMs: number, cwd?: string): Promise<RunResult> {
	return new Promise(resolve => {
		execFile(
			command,
			args,
			{timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', cwd, env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}},
			(error, stdout, stderr) => {
				const failure = error as (NodeJS.ErrnoException & {killed?: boolean; code?: number | string}) | null;
				const exitCode = failure ? (typeof failure.code === 'number' ? failure.code : -1) : 0;
				resolve({stdout, stderr, exitCode, timedOut: Boolean(failure?.killed)});
			},
		);
	});
}

/** Runs a program under the real runtime: `node` for .js/.mjs, `python3` for .py. */
export function runReal(file: string, timeoutMs = 20_000): Promise<RunResult> {
	const isPython = file.endsWith('.py');
	return run(isPython ? 'python3' : process.execPath, [file], timeoutMs, path.dirname(file));
}

/** Runs the built loopstep CLI, by default in `--print` mode. */
export function runLoopstep(file: string, args: readonly string[] = ['--print'], timeoutMs = 20_000): Promise<RunResult> {
	return run(process.execPath, [cliPath, ...args, file], timeoutMs);
}

let pythonVersion: string | null | undefined;

/** The python3 version string, or null when there is no usable CPython 3.11+ here. */
export function python3Version(): string | null {
	if (pythonVersion !== undefined) return pythonVersion;
	try {
		const text = execFileSync('python3', ['-c', 'import sys;print("%d.%d.%d"%sys.version_info[:3])'], {encoding: 'utf8'}).trim();
		const [major, minor] = text.split('.').map(Number);
		pythonVersion = major === 3 && (minor ?? 0) >= 11 ? text : null;
	} catch {
		pythonVersion = null;
	}
	return pythonVersion;
}

/** Runs `tasks` with at most `limit` in flight (the machine has 2 cores). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const workers = Array.from({length: Math.min(limit, items.length)}, async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index]!);
		}
	});
	await Promise.all(workers);
	return results;
}
