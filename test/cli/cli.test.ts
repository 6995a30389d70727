import {readFileSync, writeFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {version} from '../../source/cli/version.js';
import {projectRoot, runLoopstep} from '../support/differential.js';

const promiseExample = path.join(projectRoot, 'examples', 'promise.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'loopstep-cli-'));

function program(name: string, text: string): string {
	const file = path.join(scratch, name);
	writeFileSync(file, text);
	return file;
}

describe('loopstep CLI', () => {
	it('keeps its version in step with package.json', () => {
		const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {version: string};
		expect(version).toBe(packageJson.version);
	});

	it('prints help and version', async () => {
		const help = await runLoopstep('', ['--help']);
		expect(help.exitCode).toBe(0);
		expect(help.stdout).toContain('--max-steps');
		const shown = await runLoopstep('', ['--version']);
		expect(shown.stdout.trim()).toBe(version);
	});

	it.each([
		[['--bogus'], 'unknown option --bogus'],
		[['--max-steps', 'ten'], '--max-steps takes a whole number'],
		[['--print', '--json'], 'choose one of'],
		[['--print'], '--print needs a FILE'],
	])('rejects %j with one line and exit 2', async (args, message) => {
		const result = await runLoopstep(args.includes('--print') && args.length === 1 ? '' : promiseExample, args);
		expect(result.exitCode).toBe(2);
		expect(result.stderr).toContain(message);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('refuses a file it cannot simulate (usage, exit 2) and a file it cannot read (exit 1)', async () => {
		const text = await runLoopstep(program('notes.txt', 'hello'));
		expect(text.exitCode).toBe(2);
		expect(text.stderr).toContain('loopstep runs .js, .mjs, .cjs and .py files');
		const missing = await runLoopstep(path.join(scratch, 'missing.js'));
		expect(missing.exitCode).toBe(1);
		expect(missing.stderr).toContain('no such file');
	});

	it('refuses a program over the size limit with one line, exit 1', async () => {
		const file = program('huge.js', `${'x = 1;\n'.repeat(200_000)}console.log(x);\n`);
		const result = await runLoopstep(file, ['--print']);
		expect(result.exitCode).toBe(1);
		expect(result.stderr.trim()).toMatch(/^loopstep: cannot simulate .*huge\.js: it is 1,368 KB, and loopstep simulates programs of up to 1,024 KB$/);
	});

	it('simulates recursion as deep as Node allows: 10,000 frames run, unbounded recursion gets RangeError', async () => {
		const file = program(
			'deep.js',
			'function sum(n) {\n\treturn n === 0 ? 0 : n + sum(n - 1);\n}\nconsole.log(sum(10000));\nlet depth = 0;\nfunction down() {\n\tdepth++;\n\tdown();\n}\ntry {\n\tdown();\n} catch (error) {\n\tconsole.log(error instanceof RangeError, error.message, depth > 10000);\n}\n',
		);
		const result = await runLoopstep(file, ['--print']);
		expect(result.stdout).toBe('50005000\ntrue Maximum call stack size exceeded true\n');
		expect(result.exitCode).toBe(0);
	});

	it('reports a syntax error as file:line:col with a code frame, exit 1', async () => {
		const file = program('broken.js', 'const a = 1;\nlet b = (2 + ;\nconsole.log(a);\n');
		const result = await runLoopstep(file);
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toMatch(new RegExp(`^${file.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+: SyntaxError: `));
		expect(result.stderr).toContain('> 2 | let b = (2 + ;');
		expect(result.stderr).toContain('^');
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	it('prints the trace instead of the TUI when stdout is not a terminal', async () => {
		const result = await runLoopstep(promiseExample, []);
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toContain('loopstep trace of');
		expect(result.stdout).toContain('stdout> "Promise\\n"');
	});

	it('stops a runaway program at --max-steps with a message and exit 1', async () => {
		const result = await runLoopstep(program('forever.js', 'let n = 0;\nwhile (true) { n++; }\n'), ['--print', '--max-steps', '500']);
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toContain('stopped after 500 steps');
	});
});

describe('loopstep --json on examples/promise.js', () => {
	it('shows Timeout waiting as a timer while Promise prints, and the Promise callback queued before', async () => {
		const result = await runLoopstep(promiseExample, ['--json']);
		expect(result.exitCode).toBe(0);
		const plan = JSON.parse(result.stdout) as {
			outcome: {exitCode: number};
			steps: Array<{
				index: number;
				queues: Array<{id: string; items: Array<{label: string; line: number; due?: number}>}>;
				console: Array<{stream: string; text: string}>;
				narration: string;
			}>;
		};
		expect(plan.outcome.exitCode).toBe(0);
		const printed = (step: (typeof plan.steps)[number]) => step.console.map(chunk => chunk.text).join('');
		const promiseStep = plan.steps.findIndex(step => printed(step).includes('Promise'));
		expect(promiseStep).toBeGreaterThan(0);
		const queue = (step: (typeof plan.steps)[number], id: string) => step.queues.find(candidate => candidate.id === id)!.items;
		const atPromise = plan.steps[promiseStep]!;
		const timeoutWaiting = [...queue(atPromise, 'timers'), ...queue(atPromise, 'macrotask')].filter(item =>
			item.label.includes('Timeout'),
		);
		expect(timeoutWaiting).toHaveLength(1);
		expect(queue(atPromise, 'microtask').some(item => item.label.includes('Timeout'))).toBe(false);
		const queuedBefore = plan.steps
			.slice(0, promiseStep)
			.filter(step => queue(step, 'microtask').some(item => item.label === '() => console.log("Promise")' && item.line === 3));
		expect(queuedBefore.length).toBeGreaterThan(0);
		for (const step of plan.steps) {
			for (const item of queue(step, 'timers')) if (item.label.includes('Timeout')) expect(item.due).toBe(1);
		}
	});
});
