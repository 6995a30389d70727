import {execFileSync} from 'node:child_process';
import {cliPath, projectRoot} from '../../support/differential.js';

export interface PlanHead {
	readonly meta: {readonly language: string; readonly clockUnit: 'ms' | 's'; readonly queues: ReadonlyArray<{id: string; title: string}>};
	readonly stepCount: number;
}

/** The head of `loopstep --json FILE` (meta and step count), read from the real binary. */
export function planHead(file: string): PlanHead {
	const json = execFileSync(process.execPath, [cliPath, '--json', file], {cwd: projectRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});
	return JSON.parse(json) as PlanHead;
}

/** True when `loopstep --print FILE` prints exactly what the real runtime prints. */
export function printsLikeTheRuntime(file: string, runtime: string): boolean {
	try {
		const real = execFileSync(runtime, [file], {cwd: projectRoot, encoding: 'utf8'});
		const ours = execFileSync(process.execPath, [cliPath, '--print', file], {cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
		return real === ours;
	} catch {
		return false;
	}
}
