import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {mutantCases, runCases, summarizeProblems} from './fuzz-campaign.js';
import type {FuzzLanguage} from './seed-corpus.js';
import {SimulatorPool} from './simulator-pool.js';

/**
 * `npm run fuzz`: LOOPSTEP_FUZZ_CASES mutants per language (default 10,000) plus every special input,
 * in-process in isolated worker threads. Any crash, hang or internal error fails with a summary
 * grouped by cause; rebuild a case from its id with `caseById`.
 */
const count = Number(process.env['LOOPSTEP_FUZZ_CASES'] ?? 10_000);
const timeBoundMs = 10_000;
const languages: readonly FuzzLanguage[] = ['javascript', 'python'];

let pool: SimulatorPool;
beforeAll(async () => {
	pool = await SimulatorPool.start(2);
});
afterAll(() => pool.close());

describe.each(languages)('%s fuzz campaign', language => {
	it(`${count.toLocaleString('en-US')} mutants end cleanly`, async () => {
		const started = performance.now();
		const outcomes = await runCases(pool, mutantCases(language, count, timeBoundMs));
		const slowest = [...outcomes].sort((a, b) => b.verdict.elapsedMs - a.verdict.elapsedMs).slice(0, 5);
		console.log(
			`${language}: ${outcomes.length} cases in ${Math.round(performance.now() - started)} ms; slowest: ${slowest.map(({fuzzCase, verdict}) => `${fuzzCase.id} ${Math.round(verdict.elapsedMs)} ms`).join(', ')}`,
		);
		expect(summarizeProblems(outcomes)).toBe('');
	});
});
