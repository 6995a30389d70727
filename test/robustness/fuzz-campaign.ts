import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {SeededRandom} from '../random/js-seeded-random.js';
import {causeOf, problemOf, type CaseVerdict} from './case-verdict.js';
import {cliProblemOf, runCli} from './cli-run.js';
import {mutantSeed, mutate} from './mutate.js';
import {extensionOf, seedPrograms, type FuzzLanguage, type SeedProgram} from './seed-corpus.js';
import type {SimulatorPool} from './simulator-pool.js';
import {specialInputs} from './special-inputs.js';

/** Step cap for fuzz cases: runaway mutants end quickly at a documented limit. */
export const fuzzMaxSteps = 20_000;

/** One input to simulate: `id` names it well enough to rebuild it (`seed-file#index` or `special: name`). */
export interface FuzzCase {
	readonly id: string;
	readonly language: FuzzLanguage;
	readonly extension: string;
	readonly bytes: Buffer;
	readonly description: string;
	readonly timeBoundMs: number;
}

/** What one case did, and why it is not clean (undefined when it is). */
export interface CaseOutcome {
	readonly fuzzCase: FuzzCase;
	readonly verdict: CaseVerdict;
	readonly problem: string | undefined;
}

function mutantCase(language: FuzzLanguage, seed: SeedProgram, index: number, timeBoundMs: number): FuzzCase {
	const mutant = mutate(seed.bytes, new SeededRandom(mutantSeed(seed.name, index)), language);
	return {id: `${seed.name}#${index}`, language, extension: extensionOf(seed.name), bytes: mutant.bytes, description: mutant.operators.join('+'), timeBoundMs};
}

/**
 * At least `count` mutants: the same number from each seed program, mutant i of a program always
 * built from the same seed, so adding programs to the corpus adds cases without changing others.
 */
export function mutantCases(language: FuzzLanguage, count: number, timeBoundMs: number): FuzzCase[] {
	const seeds = seedPrograms(language);
	const perSeed = Math.ceil(count / seeds.length);
	return seeds.flatMap(seed => Array.from({length: perSeed}, (_, index) => mutantCase(language, seed, index, timeBoundMs)));
}

/** Rebuilds the case an id names (for known failures outside the generated range). */
export function caseById(language: FuzzLanguage, id: string, timeBoundMs: number): FuzzCase {
	const special = /^special: (.*)$/.exec(id);
	if (special) {
		const cases = specialCases(language, timeBoundMs, true).filter(fuzzCase => fuzzCase.id === id);
		if (cases.length !== 1) throw new Error(`no special input named "${special[1]}"`);
		return cases[0]!;
	}
	const [, name, index] = /^(.*)#(\d+)$/.exec(id) ?? [];
	const seed = seedPrograms(language).find(program => program.name === name);
	if (!seed) throw new Error(`no seed program ${name} for case ${id}`);
	return mutantCase(language, seed, Number(index), timeBoundMs);
}

/** The special inputs as cases; `includeLong` adds those only `npm run fuzz` can afford. */
export function specialCases(language: FuzzLanguage, timeBoundMs: number, includeLong = false): FuzzCase[] {
	const extension = language === 'javascript' ? '.js' : '.py';
	return specialInputs(language).filter(input => includeLong || !input.longOnly).map(input => ({
		id: `special: ${input.name}`,
		language,
		extension,
		bytes: input.bytes,
		description: input.name,
		timeBoundMs: input.timeBoundMs ?? timeBoundMs,
	}));
}

/** LOOPSTEP_FUZZ_VERBOSE=1 names each case as it starts, to find one that takes the process down. */
const verbose = process.env['LOOPSTEP_FUZZ_VERBOSE'] === '1';

/** Simulates every case in the pool and judges each. */
export async function runCases(pool: SimulatorPool, cases: readonly FuzzCase[]): Promise<CaseOutcome[]> {
	const outcomes: CaseOutcome[] = new Array(cases.length);
	let next = 0;
	const feed = async (): Promise<void> => {
		while (next < cases.length) {
			const at = next++;
			const fuzzCase = cases[at]!;
			if (verbose) process.stderr.write(`case ${fuzzCase.language} ${fuzzCase.id}\n`);
			const file = `/fuzz/case${fuzzCase.extension}`;
			// A hang is cut off well past the bound, so that a slow case is told apart from a stuck one.
			const verdict = await pool.simulate({language: fuzzCase.language, file, source: fuzzCase.bytes.toString('utf8'), maxSteps: fuzzMaxSteps}, fuzzCase.timeBoundMs * 3);
			outcomes[at] = {fuzzCase, verdict, problem: problemOf(verdict, fuzzCase.timeBoundMs)};
		}
	};
	await Promise.all(Array.from({length: pool.size}, feed));
	return outcomes;
}

/** What the real CLI did with one case. */
export interface CliOutcome {
	readonly fuzzCase: FuzzCase;
	readonly problem: string | undefined;
}

/** A case for the CLI, with the exit code the program itself chose when an in-process run saw one. */
export interface CliCase {
	readonly fuzzCase: FuzzCase;
	readonly programExit?: number;
}

/** The CLI cases for in-process outcomes: a plan's exit code is the program's own. */
export function cliCasesOf(outcomes: readonly CaseOutcome[]): CliCase[] {
	return outcomes.map(({fuzzCase, verdict}) => (verdict.kind === 'plan' ? {fuzzCase, programExit: verdict.exitCode} : {fuzzCase}));
}

/** Writes each case to `directory` and runs `loopstep --print` on it, `parallel` at a time. */
export async function runCasesThroughCli(cases: readonly CliCase[], directory: string, timeoutMs: number, parallel: number): Promise<CliOutcome[]> {
	mkdirSync(directory, {recursive: true});
	const results: CliOutcome[] = [];
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < cases.length) {
			const {fuzzCase, programExit} = cases[next]!;
			const file = path.join(directory, `case-${next++}${fuzzCase.extension}`);
			writeFileSync(file, fuzzCase.bytes);
			const run = await runCli(['--print', '--max-steps', String(fuzzMaxSteps), file], Math.max(timeoutMs, fuzzCase.timeBoundMs));
			if (verbose) process.stderr.write(`cli ${fuzzCase.language} ${fuzzCase.id}: exit ${run.exitCode} in ${Math.round(run.elapsedMs)} ms\n`);
			results.push({fuzzCase, problem: cliProblemOf(run, programExit)});
		}
	};
	await Promise.all(Array.from({length: parallel}, worker));
	return results;
}

/** Problems grouped by blurred cause, most frequent first, with up to twenty case ids each. */
export function summarizeProblems(outcomes: ReadonlyArray<{fuzzCase: FuzzCase; problem: string | undefined}>): string {
	const groups = new Map<string, string[]>();
	for (const {fuzzCase, problem} of outcomes) {
		if (!problem) continue;
		const cause = causeOf(problem);
		groups.set(cause, [...(groups.get(cause) ?? []), `${fuzzCase.id} (${fuzzCase.description}): ${problem}`]);
	}
	return [...groups.entries()]
		.sort((a, b) => b[1].length - a[1].length)
		.map(([cause, examples]) => `${examples.length} × ${cause}\n    ${examples.slice(0, 20).join('\n    ')}`)
		.join('\n');
}
