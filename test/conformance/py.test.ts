/**
 * Differential conformance: every program in `py/` runs under the real CPython 3.11+ and under the
 * built `loopstep --print`; stdout and the exit code must match exactly. Where CPython writes to
 * stderr (a traceback, "Task exception was never retrieved", print(file=sys.stderr)), loopstep's
 * stderr must end with the same summary line (`Type: message`); where CPython writes nothing there,
 * neither may loopstep. Whole tracebacks are not compared: they quote CPython's own library files.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {cliPath, mapLimit, python3Version, runLoopstep, runReal, type RunResult} from '../support/differential.js';

const corpusDirectory = path.join(path.dirname(new URL(import.meta.url).pathname), 'py');
const programs = readdirSync(corpusDirectory)
	.filter(name => name.endsWith('.py'))
	.sort();

/** Program name -> why loopstep is known to differ; such programs run as `it.fails`. */
const knownDifferences = JSON.parse(readFileSync(path.join(corpusDirectory, 'known-differences.json'), 'utf8')) as Record<string, string>;

/** What the comparison looks at, shaped so vitest's diff reads line by line. */
interface Observed {
	readonly exitCode: number;
	readonly stdout: readonly string[];
	/** The last summary line of stderr, or null when stderr is empty. */
	readonly stderrSummary: string | null;
}

/**
 * The line a traceback ends with. An uncaught ExceptionGroup ends with box-drawing borders and
 * `| `-prefixed lines (traceback.TracebackException.format for groups), so borders are skipped and
 * the prefix stripped.
 */
function stderrSummary(stderr: string): string | null {
	const lines = stderr.split('\n').filter(line => line.trim() !== '' && !/^[\s|]*\+[-+\d ]*-+$/.test(line));
	const last = lines.at(-1);
	return last === undefined ? null : last.replace(/^[\s|]+/, '');
}

function observe(run: RunResult): Observed {
	return {exitCode: run.exitCode, stdout: run.stdout.split('\n'), stderrSummary: stderrSummary(run.stderr)};
}

const pythonVersion = python3Version();

if (pythonVersion === null) {
	const reason = 'python3 (CPython 3.11+) not found on PATH';
	console.warn(`[py conformance] skipped: ${reason}; ${programs.length} programs not compared`);
	describe.skip(`python conformance corpus (skipped: ${reason})`, () => {
		it('compares loopstep with CPython', () => {});
	});
} else {
	describe(`python conformance corpus vs CPython ${pythonVersion} (${programs.length} programs)`, () => {
		const results = new Map<string, {real: RunResult; loopstep: RunResult}>();

		beforeAll(async () => {
			if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run \`npm run build\` first (npm test does)`);
			await mapLimit(programs, 2, async name => {
				const file = path.join(corpusDirectory, name);
				const [real, loopstep] = await Promise.all([runReal(file), runLoopstep(file)]);
				results.set(name, {real, loopstep});
			});
		}, 600_000);

		it('known-differences.json names only programs in the corpus', () => {
			expect(Object.keys(knownDifferences).filter(name => !programs.includes(name))).toEqual([]);
		});

		for (const name of programs) {
			const reason = knownDifferences[name];
			const test = reason === undefined ? it : it.fails;
			test(reason === undefined ? name : `${name} (known difference: ${reason})`, () => {
				const result = results.get(name);
				if (!result) throw new Error(`${name} did not run`);
				const {real, loopstep} = result;
				if (real.timedOut) throw new Error(`python3 timed out on ${name}; the corpus program must finish quickly`);
				if (loopstep.timedOut) throw new Error(`loopstep timed out on ${name}`);
				expect(observe(loopstep), `loopstep --print ${name} (stderr:\n${loopstep.stderr})`).toEqual(observe(real));
			});
		}
	});
}
