import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {maxCallDepth, maxNestingDepth, nodeCallDepth, nodeNestingDepth} from '../../source/js/runtime/host-stack.js';
import {cliPath, runLoopstep as runCli} from '../support/differential.js';
import {runLoopstep} from './run-program.js';

/** Recurses until the RangeError, catches it, and prints how deep it got and what it caught. */
const recurseToTheLimit = `let deepest = 0;
function down(n) { deepest = n; return down(n + 1) + 1; }
try { down(1); } catch (error) { console.log(deepest, String(error), error instanceof RangeError); }
console.log('still running');
`;

describe('simulated call depth', () => {
	it("is Node's, bounded by the host stack this process has", () => {
		expect(maxCallDepth()).toBeLessThanOrEqual(nodeCallDepth);
		expect(maxNestingDepth()).toBeLessThanOrEqual(nodeNestingDepth);
	});

	it('ends deep recursion in a catchable RangeError at exactly the limit, without a host overflow', () => {
		expect(runLoopstep(recurseToTheLimit)).toEqual({stdout: `${maxCallDepth()} RangeError: Maximum call stack size exceeded true\nstill running\n`, exitCode: 0});
	});

	it.runIf(existsSync(cliPath))("reaches Node's 10,800 frames in the CLI's simulation thread", async () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'loopstep-depth-')), 'recurse.js');
		writeFileSync(file, recurseToTheLimit);
		const result = await runCli(file);
		expect(result.stdout).toBe(`${nodeCallDepth} RangeError: Maximum call stack size exceeded true\nstill running\n`);
	}, 60_000);
});
