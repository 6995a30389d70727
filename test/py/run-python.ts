import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Plan} from '../../source/plan/index.js';
import {simulatePython} from '../../source/py/index.js';
import {python3Version} from '../support/differential.js';

export interface Run {
	readonly stdout: string;
	readonly exitCode: number;
}

const directory = mkdtempSync(path.join(tmpdir(), 'loopstep-py-'));
let counter = 0;

/** Simulates a program in-process and returns its plan. */
export function simulate(source: string, maxSteps = 1_000_000): Plan {
	return simulatePython({file: 'prog.py', source}, {maxSteps});
}

/** What the simulated program printed to stdout, and its exit code. */
export function runSimulated(source: string): Run {
	const plan = simulate(source);
	const stdout = plan.output.filter(chunk => chunk.stream === 'stdout').map(chunk => chunk.text).join('');
	return {stdout, exitCode: plan.outcome.exitCode};
}

/** The same program under the real CPython. */
export function runCPython(source: string): Run {
	const file = path.join(directory, `prog-${counter++}.py`);
	writeFileSync(file, source);
	try {
		const stdout = execFileSync('python3', [file], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
		return {stdout, exitCode: 0};
	} catch (error) {
		const failure = error as {stdout?: string; status?: number};
		return {stdout: failure.stdout ?? '', exitCode: failure.status ?? -1};
	}
}

export const hasPython = python3Version() !== null;
