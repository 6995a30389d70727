import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {simulateJavaScript} from '../../source/js/index.js';
import type {Plan} from '../../source/plan/index.js';

const directory = mkdtempSync(path.join(tmpdir(), 'loopstep-js-'));
let counter = 0;

/** Writes a program to a temporary file named with `extension` and returns its path. */
function programFile(source: string, extension: '.js' | '.mjs'): string {
	const file = path.join(directory, `program-${counter++}${extension}`);
	writeFileSync(file, source);
	return file;
}

/** What the real `node` prints on stdout and its exit code: the oracle every expectation comes from. */
export function runNode(source: string, extension: '.js' | '.mjs' = '.js'): {stdout: string; exitCode: number} {
	const file = programFile(source, extension);
	try {
		return {stdout: execFileSync(process.execPath, [file], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}), exitCode: 0};
	} catch (error) {
		const failure = error as {stdout?: string; status?: number};
		return {stdout: failure.stdout ?? '', exitCode: failure.status ?? -1};
	}
}

/** The plan loopstep records for the same program. */
export function simulate(source: string, extension: '.js' | '.mjs' = '.js', maxSteps = 1_000_000): Plan {
	return simulateJavaScript({file: `program${extension}`, source}, {maxSteps});
}

/** What the simulated program wrote to stdout and its exit code. */
export function runLoopstep(source: string, extension: '.js' | '.mjs' = '.js'): {stdout: string; exitCode: number} {
	const plan = simulate(source, extension);
	const stdout = plan.output
		.filter(chunk => chunk.stream === 'stdout')
		.map(chunk => chunk.text)
		.join('');
	return {stdout, exitCode: plan.outcome.exitCode};
}
