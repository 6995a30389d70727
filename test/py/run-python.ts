import {execFileSync, spawnSync} from 'node:child_process';
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

/** The full stderr of a run, real or simulated, with the script named `prog.py` in both. */
export interface StderrRun {
	readonly stderr: string;
	readonly exitCode: number;
}

/** Simulated stderr (tracebacks), the script named `prog.py` as CPython names it when run from its folder. */
export function simulatedStderr(source: string): StderrRun {
	const plan = simulate(source);
	return {stderr: plan.output.filter(chunk => chunk.stream === 'stderr').map(chunk => chunk.text).join(''), exitCode: plan.outcome.exitCode};
}

/**
 * CPython's stderr for the same program, run as `python3 prog.py` inside a fresh folder: the
 * script's absolute path shortened to `prog.py`, and the frames of CPython's own library files
 * (which loopstep does not have) left out with their source and caret lines.
 */
export function cpythonStderr(source: string): StderrRun {
	const folder = mkdtempSync(path.join(directory, 'stderr-'));
	const script = path.join(folder, 'prog.py');
	writeFileSync(script, source);
	const result = spawnSync('python3', ['prog.py'], {cwd: folder, encoding: 'utf8'});
	const kept: string[] = [];
	let inLibraryFrame = false;
	for (const line of result.stderr.split('\n')) {
		const file = /^[\s|]*File "([^"]*)", line \d+/.exec(line)?.[1];
		if (file !== undefined) inLibraryFrame = file !== script;
		else if (inLibraryFrame && /^[\s|]* {4}/.test(line)) continue;
		else inLibraryFrame = false;
		if (!inLibraryFrame) kept.push(line.replaceAll(script, 'prog.py'));
	}
	return {stderr: kept.join('\n'), exitCode: result.status ?? -1};
}
