import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {cliPath, mapLimit, projectRoot, runLoopstep, type RunResult} from '../support/differential.js';
import {describeOutputDifference, errorHeadline} from '../random/js-output-diff.js';
import {compareWithNode, type NodeVerdict} from '../random/js-real-node-runs.js';

/**
 * The JavaScript conformance corpus: every program in test/conformance/js runs under the real
 * `node` and under `loopstep --print`; stdout and exit code must be identical. The folder holds a
 * package.json with `"type": "commonjs"` so that node runs `.js` files as CommonJS scripts, as
 * loopstep does, despite the project's own `"type": "module"`.
 */
const corpusDirectory = path.join(projectRoot, 'test', 'conformance', 'js');
const knownDifferencesFile = path.join(corpusDirectory, 'known-differences.json');

const programs = readdirSync(corpusDirectory)
	.filter(name => name.endsWith('.js') || name.endsWith('.mjs'))
	.sort();

/** Program name -> why loopstep differs from node; those run as `it.fails`, so a fix shows up. */
const knownDifferences = JSON.parse(readFileSync(knownDifferencesFile, 'utf8')) as Record<string, string>;

interface Comparison {
	readonly verdict: NodeVerdict;
	readonly loopstep: RunResult;
}

const comparisons = new Map<string, Promise<Comparison>>();

function startAllComparisons(): void {
	const settle = new Map<string, (comparison: Comparison) => void>();
	for (const name of programs) {
		comparisons.set(name, new Promise<Comparison>(resolve => settle.set(name, resolve)));
	}
	void mapLimit(programs, 2, async name => {
		const file = path.join(corpusDirectory, name);
		const loopstep = await runLoopstep(file);
		settle.get(name)!({verdict: await compareWithNode(file, loopstep), loopstep});
	});
}

function excerpt(text: string, lines = 12): string {
	const all = text.trimEnd().split('\n');
	return all.length <= lines ? all.join('\n') : [...all.slice(0, lines), `... (${all.length - lines} more lines)`].join('\n');
}

function mismatchReport({verdict, loopstep}: Comparison): string | undefined {
	const real = verdict.first;
	const problems: string[] = [];
	if (real.timedOut) problems.push('node itself timed out: the program is not a valid corpus entry');
	if (loopstep.timedOut) problems.push('loopstep timed out');
	if (!verdict.matched && real.exitCode !== loopstep.exitCode) problems.push(`exit code: node ${real.exitCode}, loopstep ${loopstep.exitCode}`);
	if (!verdict.matched && real.stdout !== loopstep.stdout) problems.push(describeOutputDifference(real.stdout, loopstep.stdout));
	const headline = real.exitCode === 0 ? undefined : errorHeadline(real.stderr);
	if (headline !== undefined && !loopstep.stderr.includes(headline)) {
		problems.push(`node's stderr reports "${headline}", loopstep's stderr does not`);
	}
	if (problems.length === 0) return undefined;
	if (verdict.nodeVaried) problems.push('note: node printed different things on different runs (a racy program or an overloaded machine)');
	if (loopstep.stderr.trim() !== '') problems.push(`loopstep stderr:\n${excerpt(loopstep.stderr)}`);
	return problems.join('\n\n');
}

describe('JavaScript conformance corpus against real node', () => {
	beforeAll(() => {
		if (existsSync(cliPath)) startAllComparisons();
	});

	it('has the built CLI to drive', () => {
		expect(existsSync(cliPath), `${cliPath} is missing: run \`npm run build\` first`).toBe(true);
	});

	it('lists only existing programs as known differences', () => {
		const unknown = Object.keys(knownDifferences).filter(name => !programs.includes(name));
		expect(unknown).toEqual([]);
	});

	for (const name of programs) {
		const reason = knownDifferences[name];
		const test = reason === undefined ? it : it.fails;
		test(reason === undefined ? name : `${name} (known difference: ${reason})`, async () => {
			const comparison = comparisons.get(name);
			expect(comparison, 'comparisons did not start (the CLI is missing)').toBeDefined();
			const report = mismatchReport(await comparison!);
			if (report !== undefined) expect.fail(report);
		}, 300_000);
	}
});
