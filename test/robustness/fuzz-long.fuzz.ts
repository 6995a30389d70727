import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cliCasesOf, mutantCases, runCases, runCasesThroughCli, specialCases, summarizeProblems} from './fuzz-campaign.js';
import type {FuzzLanguage} from './seed-corpus.js';
import {SimulatorPool} from './simulator-pool.js';

/**
 * `npm run fuzz`: LOOPSTEP_FUZZ_CASES mutants per language (default 10,000) simulated in isolated
 * child processes, then every special input (the 10 MB ones included) and a sample of the mutants
 * through the real CLI. Nothing here is excused: any crash, hang, internal error or stack trace
 * fails with a summary grouped by cause. LOOPSTEP_FUZZ_VERBOSE=1 names each case as it runs.
 */
const count = Number(process.env['LOOPSTEP_FUZZ_CASES'] ?? 10_000);
const timeBoundMs = 10_000;
const cliSamplePerLanguage = 200;
const cliTimeoutMs = 120_000;
const languages: readonly FuzzLanguage[] = ['javascript', 'python'];

let pool: SimulatorPool;
const directory = mkdtempSync(path.join(os.tmpdir(), 'loopstep-fuzz-long-'));
beforeAll(async () => {
	pool = await SimulatorPool.start(2);
});
afterAll(async () => {
	await pool.close();
	rmSync(directory, {recursive: true, force: true});
});

describe.each(languages)('%s fuzz campaign', language => {
	it(`${count.toLocaleString('en-US')} mutants in-process, then special inputs and a sample through the CLI, all end cleanly`, async () => {
		const started = performance.now();
		const outcomes = await runCases(pool, mutantCases(language, count, timeBoundMs));
		const slowest = [...outcomes].sort((a, b) => b.verdict.elapsedMs - a.verdict.elapsedMs).slice(0, 5);
		console.log(
			`${language}: ${outcomes.length} cases in ${Math.round(performance.now() - started)} ms; slowest: ${slowest.map(({fuzzCase, verdict}) => `${fuzzCase.id} ${Math.round(verdict.elapsedMs)} ms`).join(', ')}`,
		);
		const step = Math.max(1, Math.floor(outcomes.length / cliSamplePerLanguage));
		const sample = outcomes.filter((outcome, index) => index % step === 0 || outcome.problem !== undefined);
		const specials = specialCases(language, timeBoundMs, true).map(fuzzCase => ({fuzzCase}));
		const cli = await runCasesThroughCli([...specials, ...cliCasesOf(sample)], path.join(directory, language), cliTimeoutMs, 2);
		expect(`${summarizeProblems(outcomes)}\n--- through the CLI ---\n${summarizeProblems(cli)}`).toBe('\n--- through the CLI ---\n');
	});
});
