import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {simulateJavaScript} from '../../source/js/index.js';
import {mapLimit} from '../support/differential.js';
import {describeOutputDifference} from './js-output-diff.js';
import {generateJavaScriptProgram} from './js-program-generator.js';
import {compareWithNode, type NodeVerdict} from './js-real-node-runs.js';

/**
 * Random programs compared with the real `node`: LOOPSTEP_RANDOM_JS programs (default 200) from
 * consecutive fixed seeds starting at LOOPSTEP_RANDOM_JS_SEED (default 1). loopstep runs in-process
 * for speed; node runs each program from a temporary file marked CommonJS.
 */
const count = Number(process.env['LOOPSTEP_RANDOM_JS'] ?? 200);
const firstSeed = Number(process.env['LOOPSTEP_RANDOM_JS_SEED'] ?? 1);
const seeds = Array.from({length: count}, (_, index) => firstSeed + index);

const directory = mkdtempSync(path.join(os.tmpdir(), 'loopstep-random-js-'));
writeFileSync(path.join(directory, 'package.json'), '{"type": "commonjs"}\n');
afterAll(() => rmSync(directory, {recursive: true, force: true}));

interface Simulated {
	readonly stdout: string;
	readonly exitCode: number;
	readonly problem?: string;
}

function simulate(file: string, source: string): Simulated {
	try {
		const plan = simulateJavaScript({file, source}, {maxSteps: 1_000_000});
		const stdout = plan.output
			.filter(chunk => chunk.stream === 'stdout')
			.map(chunk => chunk.text)
			.join('');
		const stopped = plan.outcome.stopped;
		return {stdout, exitCode: plan.outcome.exitCode, ...(stopped ? {problem: `stopped: ${stopped.reason}: ${stopped.message}`} : {})};
	} catch (error) {
		return {stdout: '', exitCode: -1, problem: `simulateJavaScript threw: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`};
	}
}

async function compare(seed: number): Promise<string | undefined> {
	const source = generateJavaScriptProgram(seed);
	const file = path.join(directory, `seed-${seed}.js`);
	writeFileSync(file, source);
	const simulated = simulate(file, source);
	const verdict = await compareWithNode(file, simulated);
	return verdict.matched && !simulated.problem ? undefined : report(seed, source, verdict, simulated);
}

function report(seed: number, source: string, {first: real, nodeVaried}: NodeVerdict, simulated: Simulated): string {
	const lines = [`seed ${seed} (reproduce: LOOPSTEP_RANDOM_JS_SEED=${seed} LOOPSTEP_RANDOM_JS=1)`];
	if (nodeVaried) lines.push('node itself printed different things on different runs: the generator let a race through');
	if (real.timedOut) lines.push('node timed out');
	if (simulated.problem) lines.push(simulated.problem);
	if (real.exitCode !== simulated.exitCode) lines.push(`exit code: node ${real.exitCode}, loopstep ${simulated.exitCode}`);
	if (real.stdout !== simulated.stdout) lines.push(describeOutputDifference(real.stdout, simulated.stdout));
	lines.push('--- program ---', source);
	return lines.join('\n');
}

describe(`random JavaScript programs against real node (${count} seeds from ${firstSeed})`, () => {
	it('generates the same program for the same seed', () => {
		expect(generateJavaScriptProgram(firstSeed)).toBe(generateJavaScriptProgram(firstSeed));
	});

	it('matches node on every generated program', async () => {
		const reports = await mapLimit(seeds, 2, compare);
		const failing = seeds.filter((_, index) => reports[index] !== undefined);
		if (failing.length === 0) return;
		const details = reports.filter((entry): entry is string => entry !== undefined).slice(0, 3);
		expect.fail(`${failing.length}/${count} programs differ, seeds: ${failing.join(' ')}\n\nfirst ones:\n\n${details.join('\n\n')}`);
	}, 1_800_000);
});
