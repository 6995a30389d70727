import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {mapLimit, projectRoot, python3Version, runLoopstep, runReal, type RunResult} from '../support/differential.js';

/**
 * The gallery's promise: every bundled example prints, under `loopstep --print`, exactly what the
 * real runtime prints, with the same exit code. Expected output comes from running node / python3 now.
 */
const examplesDir = path.join(projectRoot, 'examples');
const examples = readdirSync(examplesDir)
	.filter(name => /\.(js|mjs|py)$/.test(name))
	.sort();
const jsExamples = examples.filter(name => !name.endsWith('.py'));
const pyExamples = examples.filter(name => name.endsWith('.py'));
const python = python3Version();

async function compareAll(names: readonly string[]): Promise<Map<string, {real: RunResult; ours: RunResult}>> {
	const results = await mapLimit(names, 4, async name => {
		const file = path.join(examplesDir, name);
		const [real, ours] = await Promise.all([runReal(file), runLoopstep(file)]);
		return [name, {real, ours}] as const;
	});
	return new Map(results);
}

describe('examples under node vs loopstep --print', async () => {
	const results = await compareAll(jsExamples);
	it.each(jsExamples)('%s', name => {
		const {real, ours} = results.get(name)!;
		expect(real.timedOut).toBe(false);
		expect(ours.stdout).toBe(real.stdout);
		expect(ours.exitCode).toBe(real.exitCode);
	});
});

if (python) {
	describe(`examples under python3 ${python} vs loopstep --print`, async () => {
		const results = await compareAll(pyExamples);
		it.each(pyExamples)('%s', name => {
			const {real, ours} = results.get(name)!;
			expect(real.timedOut).toBe(false);
			expect(ours.stdout).toBe(real.stdout);
			expect(ours.exitCode).toBe(real.exitCode);
		});
	});
} else {
	console.warn('NOTICE: python3 (3.11+) not found: the Python examples were NOT compared with CPython.');
	describe.skip('examples under python3 vs loopstep --print (skipped: no python3 3.11+ on this machine)', () => {
		it.each(pyExamples)('%s', () => {});
	});
}
