import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {simulateJavaScript} from '../../source/js/index.js';
import {SourceError, type Simulator} from '../../source/plan/index.js';
import {simulatePython} from '../../source/py/index.js';
import type {CaseVerdict} from './case-verdict.js';
import {cliProblemOf, runCli} from './cli-run.js';
import {SimulatorPool} from './simulator-pool.js';

/**
 * Issue 8's hostile programs. Runaway programs run in an isolated child process (a heap blow-up
 * kills that process, not the test run) and must stop at a documented limit with a message and a
 * last step that can still be shown. Escape attempts run in this process, so that anything leaking
 * into loopstep's own realm (a global, a prototype, a file) is seen here.
 */
type Language = 'javascript' | 'python';

/** The step cap the runaway programs run under (the CLI's default is 1,000,000; the mechanism is the same). */
const runawayMaxSteps = 200_000;
const runawayTimeBoundMs = 60_000;

interface Runaway {
	readonly name: string;
	readonly language: Language;
	readonly source: string;
	/** The limit it must stop at, and how to recognise it in the plan. */
	readonly expect: 'max-steps' | 'call-depth' | 'console-limit' | 'memory';
	/** For output floods: how many bytes the program tries to print. */
	readonly printsBytes?: number;
}

const runaways: readonly Runaway[] = [
	{name: 'while (true) {}', language: 'javascript', source: 'while (true) {}\n', expect: 'max-steps'},
	{name: 'for (;;) with a counter', language: 'javascript', source: 'let i = 0;\nfor (;;) i++;\n', expect: 'max-steps'},
	{name: 'a microtask queuing itself forever', language: 'javascript', source: 'function again() {\n\tqueueMicrotask(again);\n}\nagain();\n', expect: 'max-steps'},
	{name: 'a promise chain that never ends', language: 'javascript', source: 'function again() {\n\treturn Promise.resolve().then(again);\n}\nagain();\n', expect: 'max-steps'},
	{name: 'process.nextTick queuing itself forever', language: 'javascript', source: 'function again() {\n\tprocess.nextTick(again);\n}\nagain();\n', expect: 'max-steps'},
	{name: 'setInterval never cleared', language: 'javascript', source: 'let ticks = 0;\nsetInterval(() => {\n\tticks++;\n}, 10);\n', expect: 'max-steps'},
	{name: 'unbounded recursion', language: 'javascript', source: 'function down(n) {\n\treturn down(n + 1) + 1;\n}\ndown(0);\n', expect: 'call-depth'},
	{name: '100 MB of prints', language: 'javascript', source: "const line = 'x'.repeat(9999);\nfor (let i = 0; i < 10000; i++) console.log(line);\n", expect: 'console-limit', printsBytes: 100_000_000},
	{name: 'a string doubling until huge', language: 'javascript', source: "let s = 'x';\nwhile (true) s += s;\n", expect: 'memory'},
	{name: 'an array of a billion items', language: 'javascript', source: 'const a = new Array(1e9).fill(0);\nconsole.log(a.length);\n', expect: 'memory'},
	{name: 'while True: pass', language: 'python', source: 'while True:\n    pass\n', expect: 'max-steps'},
	{name: 'an asyncio task that never awaits', language: 'python', source: 'import asyncio\n\nasync def spin():\n    while True:\n        pass\n\nasync def main():\n    asyncio.create_task(spin())\n    await asyncio.sleep(1)\n    print("never")\n\nasyncio.run(main())\n', expect: 'max-steps'},
	{name: 'an asyncio task yielding forever', language: 'python', source: 'import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n', expect: 'max-steps'},
	{name: 'call_soon rescheduling itself', language: 'python', source: 'import asyncio\n\ndef again(loop):\n    loop.call_soon(again, loop)\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    again(loop)\n    await asyncio.sleep(10)\n\nasyncio.run(main())\n', expect: 'max-steps'},
	{name: 'unbounded recursion', language: 'python', source: 'def down(n):\n    return down(n + 1) + 1\n\ndown(0)\n', expect: 'call-depth'},
	{name: '100 MB of prints', language: 'python', source: "line = 'x' * 9999\nfor i in range(10000):\n    print(line)\n", expect: 'console-limit', printsBytes: 100_000_000},
	{name: 'a string doubling until huge', language: 'python', source: "s = 'x'\nwhile True:\n    s += s\n", expect: 'memory'},
];

/** The language's own error for too deep a call stack, as the real runtime prints it. */
const callDepthError: Record<Language, RegExp> = {
	javascript: /RangeError: Maximum call stack size exceeded/,
	python: /RecursionError: maximum recursion depth exceeded/,
};

/** Why a runaway verdict is not a stop at its documented limit, or undefined when it is. */
function runawayProblem(runaway: Runaway, verdict: CaseVerdict): string | undefined {
	if (verdict.kind === 'hang') return `no end within ${runawayTimeBoundMs} ms`;
	if (verdict.kind === 'child-died') return `the simulating process died: ${verdict.message}`;
	if (verdict.kind === 'crash') return `threw ${verdict.name}: ${verdict.message}`;
	if (verdict.kind === 'source-error') return `refused before running: ${verdict.errorName}: ${verdict.message}`;
	if (verdict.lastStateProblem) return `the last step cannot be shown: ${verdict.lastStateProblem}`;
	const stopped = verdict.stopped;
	if (stopped?.reason === 'internal') return `internal error: ${stopped.message}`;
	switch (runaway.expect) {
		case 'call-depth':
			if (verdict.exitCode !== 1 || !callDepthError[runaway.language].test(verdict.stderrTail)) return `expected exit 1 with ${callDepthError[runaway.language].source}; got exit ${verdict.exitCode}, stopped ${stopped?.reason ?? 'no'}, stderr ${JSON.stringify(verdict.stderrTail.slice(-200))}`;
			return undefined;
		case 'console-limit':
			if (verdict.outputBytes >= runaway.printsBytes!) return `all ${verdict.outputBytes.toLocaleString('en-US')} bytes kept in the plan: no console limit, no dropped-lines counter`;
			if (!stopped?.message) return 'the output was cut without a message';
			return undefined;
		case 'memory':
		case 'max-steps':
			if (!stopped || stopped.message.trim() === '') return `ended without a stop message (exit ${verdict.exitCode})`;
			if (runaway.expect === 'max-steps' && stopped.reason !== 'max-steps') return `stopped for ${stopped.reason}, expected max-steps: ${stopped.message}`;
			return undefined;
	}
}

/**
 * Runaway cases that fail today, with the problem observed; each runs as `it.fails`, so a fix
 * makes it fail loudly and its entry must go.
 */
const knownFailures: ReadonlyArray<{readonly language: Language; readonly name: string; readonly reason: string}> = [];

let pool: SimulatorPool;
const verdicts = new Map<string, CaseVerdict>();
const keyOf = (runaway: {language: Language; name: string}): string => `${runaway.language}: ${runaway.name}`;

beforeAll(async () => {
	pool = await SimulatorPool.start(2);
	await Promise.all(
		runaways.map(async runaway => {
			const file = runaway.language === 'javascript' ? '/hostile/runaway.js' : '/hostile/runaway.py';
			verdicts.set(keyOf(runaway), await pool.simulate({language: runaway.language, file, source: runaway.source, maxSteps: runawayMaxSteps}, runawayTimeBoundMs));
		}),
	);
}, 10 * 60_000);

afterAll(() => pool.close());

describe('runaway programs stop at a documented limit with a steppable plan', () => {
	const known = new Map(knownFailures.map(entry => [keyOf(entry), entry.reason]));
	for (const runaway of runaways) {
		const key = keyOf(runaway);
		const reason = known.get(key);
		const check = (): void => expect(runawayProblem(runaway, verdicts.get(key)!)).toBeUndefined();
		if (reason) it.fails(`known failure: ${key} stops at ${runaway.expect} (${reason})`, check);
		else it(`${key} stops at ${runaway.expect}`, check);
	}
});

describe('runaway programs through the real CLI: exit 1 with a one-line message, no trace', () => {
	const picked = runaways.filter(runaway => runaway.expect === 'max-steps' || runaway.expect === 'call-depth').filter((runaway, index, all) => all.findIndex(other => other.language === runaway.language && other.expect === runaway.expect) === index);
	for (const runaway of picked) {
		it(`${keyOf(runaway)} (--print --max-steps 100000)`, async () => {
			const directory = mkdtempSync(path.join(os.tmpdir(), 'loopstep-runaway-'));
			try {
				const file = path.join(directory, runaway.language === 'javascript' ? 'runaway.js' : 'runaway.py');
				writeFileSync(file, runaway.source);
				const run = await runCli(['--print', '--max-steps', '100000', file], runawayTimeBoundMs);
				expect(cliProblemOf(run)).toBeUndefined();
				expect(run.exitCode).toBe(1);
				expect(run.stderr.trim()).not.toBe('');
			} finally {
				rmSync(directory, {recursive: true, force: true});
			}
		});
	}
});

const simulators: Record<Language, Simulator> = {javascript: simulateJavaScript, python: simulatePython};

/** What a program run in this process did: refused up front, or its plan's output and outcome. */
interface LocalRun {
	readonly refused?: SourceError;
	readonly output: string;
	readonly exitCode: number;
	readonly stopped?: string;
	readonly steps: number;
}

function simulateHere(language: Language, source: string): LocalRun {
	const file = language === 'javascript' ? '/hostile/escape.js' : '/hostile/escape.py';
	try {
		const plan = simulators[language]({file, source}, {maxSteps: 100_000});
		plan.stateAt(plan.length - 1);
		const stopped = plan.outcome.stopped;
		return {output: plan.output.map(chunk => chunk.text).join(''), exitCode: plan.outcome.exitCode, steps: plan.length, ...(stopped ? {stopped: `${stopped.reason}: ${stopped.message}`} : {})};
	} catch (error) {
		if (error instanceof SourceError) return {refused: error, output: '', exitCode: 1, steps: 0};
		throw error;
	}
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'loopstep-hostile-'));
const marker = path.join(scratch, 'escaped.txt');
const secret = `loopstep-secret-${process.pid}-${Date.now()}`;
process.env['LOOPSTEP_ROBUSTNESS_SECRET'] = secret;
afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
	delete process.env['LOOPSTEP_ROBUSTNESS_SECRET'];
});

/** Host-side marks an escape would leave. */
interface HostGlobals {
	__loopstepEscaped?: unknown;
}

interface Escape {
	readonly name: string;
	readonly language: Language;
	readonly source: string;
}

const m = JSON.stringify(marker);
const escapes: readonly Escape[] = [
	{name: "require('fs') writing a file", language: 'javascript', source: `require('fs').writeFileSync(${m}, 'escaped');\n`},
	{name: "require('child_process')", language: 'javascript', source: `require('child_process').execSync('touch ' + ${m});\n`},
	{name: 'require with a computed name', language: 'javascript', source: `const name = 'f' + 's';\nrequire(name).writeFileSync(${m}, 'escaped');\n`},
	{name: "import('fs')", language: 'javascript', source: `import('fs').then(fs => fs.writeFileSync(${m}, 'escaped'), error => console.log('refused:', String(error)));\n`},
	{name: 'process.binding', language: 'javascript', source: `const fs = process.binding('fs');\nconsole.log(typeof fs);\n`},
	{name: 'globalThis.process.mainModule', language: 'javascript', source: `const main = globalThis.process.mainModule;\nconsole.log(typeof main);\nmain.require('fs').writeFileSync(${m}, 'escaped');\n`},
	{name: "({}).constructor.constructor('return process')()", language: 'javascript', source: `const p = ({}).constructor.constructor('return process')();\np.mainModule.require('fs').writeFileSync(${m}, 'escaped');\n`},
	{name: "Function('return this')()", language: 'javascript', source: `const g = Function('return this')();\ng.__loopstepEscaped = true;\nconsole.log(typeof g.require);\n`},
	{name: 'sloppy-mode this and arguments.callee', language: 'javascript', source: `const g = (function () { return this; })();\ng.__loopstepEscaped = true;\nconsole.log(typeof g, typeof (function () { return arguments.callee.caller; })());\n`},
	{name: 'eval', language: 'javascript', source: `eval("require('fs').writeFileSync(" + JSON.stringify(${m}) + ", 'escaped')");\n`},
	{name: 'indirect eval', language: 'javascript', source: `const g = (0, eval)('this');\ng.__loopstepEscaped = true;\n`},
	{name: 'Error.prepareStackTrace reaching host frames', language: 'javascript', source: `Error.prepareStackTrace = (error, frames) => frames.map(frame => frame.getThis());\nconst stack = new Error('x').stack;\nconsole.log(typeof stack);\n`},
	{name: 'process.env reading the host environment', language: 'javascript', source: `console.log(String(process.env.LOOPSTEP_ROBUSTNESS_SECRET));\n`},
	{name: 'process.kill on the host pid', language: 'javascript', source: `process.kill(${process.pid}, 'SIGKILL');\nconsole.log('still here');\n`},
	{name: "__import__('os')", language: 'python', source: `__import__('os').system('touch ' + ${m})\n`},
	{name: 'import os and subprocess', language: 'python', source: `import os\nos.system('touch ' + ${m})\nimport subprocess\nsubprocess.run(['touch', ${m}])\n`},
	{name: "open('/etc/passwd')", language: 'python', source: `print(open('/etc/passwd').read())\n`},
	{name: 'open() writing a file', language: 'python', source: `with open(${m}, 'w') as f:\n    f.write('escaped')\n`},
	{name: '().__class__.__bases__[0].__subclasses__()', language: 'python', source: `classes = ().__class__.__bases__[0].__subclasses__()\nprint(len(classes))\nfor c in classes:\n    if c.__name__ == '_wrap_close':\n        c.__init__.__globals__['system']('touch ' + ${m})\n`},
	{name: 'exec', language: 'python', source: `exec("import os\\nos.system('touch ' + ${m.replace(/"/g, "'")})")\n`},
	{name: 'eval', language: 'python', source: `eval("__import__('os').system('touch ' + ${m.replace(/"/g, "'")})")\n`},
	{name: 'os.environ reading the host environment', language: 'python', source: `import os\nprint(os.environ.get('LOOPSTEP_ROBUSTNESS_SECRET'))\n`},
	{name: 'ctypes', language: 'python', source: `import ctypes\nctypes.CDLL(None).system(b'touch ' + ${m}.encode())\n`},
	{name: 'sys.setrecursionlimit past the host stack', language: 'python', source: `import sys\nsys.setrecursionlimit(10 ** 9)\ndef down(n):\n    return down(n + 1)\ndown(0)\n`},
];

/** Programs that change built-ins: the change must stay inside the simulated realm. */
const pollutions: readonly Escape[] = [
	{
		name: 'Object.prototype.x = 1 and other built-ins replaced',
		language: 'javascript',
		source: [
			'Object.prototype.x = 1;',
			'Array.prototype.push = function () { throw new Error("polluted push"); };',
			'Object.prototype.toString = () => "polluted";',
			'Function.prototype.call = null;',
			'Promise.prototype.then = function () { return "polluted"; };',
			'JSON.stringify = () => "polluted";',
			'Object.defineProperty(Object.prototype, "then", {get() { return () => {}; }, configurable: true});',
			'globalThis.setTimeout = null;',
			'console.log(({}).x, String({}));',
		].join('\n'),
	},
	{name: 'built-ins replaced through builtins', language: 'python', source: 'import builtins\nbuiltins.len = lambda x: 42\nbuiltins.print = None\n'},
	{name: 'built-in type attributes assigned', language: 'python', source: 'try:\n    object.x = 1\nexcept TypeError as e:\n    print("refused:", e)\ntry:\n    int.__add__ = lambda a, b: 0\nexcept TypeError as e:\n    print("refused:", e)\n'},
];

/** Reference programs whose plans must be the same before and after the hostile ones. */
const references: Record<Language, string> = {
	javascript: [
		'const items = [3, 1, 2];',
		'items.push(4);',
		'console.log("Start", JSON.stringify(items), String({}), ({}).x);',
		'setTimeout(() => console.log("Timeout", items.length), 0);',
		'Promise.resolve(items).then(list => console.log("Promise", list.length));',
		'console.log("End");',
	].join('\n'),
	python: [
		'import asyncio',
		'',
		'async def work(name, delay):',
		'    await asyncio.sleep(delay)',
		'    print(name, len([1, 2, 3]), 1 + 2)',
		'    return name',
		'',
		'async def main():',
		'    print(await asyncio.gather(work("a", 2), work("b", 1)))',
		'',
		'asyncio.run(main())',
	].join('\n'),
};

function fingerprint(run: LocalRun): string {
	return JSON.stringify(run);
}

/** Why an escape run is a problem, or undefined when it was refused or harmless. */
function escapeProblem(run: LocalRun): string | undefined {
	if (run.stopped?.startsWith('internal')) return `internal error: ${run.stopped}`;
	if (existsSync(marker)) return `wrote ${marker} on the host`;
	if ((globalThis as HostGlobals).__loopstepEscaped !== undefined) return 'set a global in loopstep’s own realm';
	if (/root:[^:\n]*:0:0:/.test(run.output)) return 'read /etc/passwd from the host';
	if (run.output.includes(secret)) return 'read the host environment';
	if (run.refused && (run.refused.message.trim() === '' || run.refused.line < 1)) return 'refused without a clear message and line';
	return undefined;
}

const knownEscapeFailures: ReadonlyArray<{readonly language: Language; readonly name: string; readonly reason: string}> = [];

describe('sandbox: escape attempts are refused or harmlessly simulated', () => {
	const before = new Map<Language, string>();
	const hostPrototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();

	beforeAll(() => {
		for (const language of ['javascript', 'python'] as const) before.set(language, fingerprint(simulateHere(language, references[language])));
	});

	const known = new Map(knownEscapeFailures.map(entry => [keyOf(entry), entry.reason]));
	for (const escape of escapes) {
		const key = keyOf(escape);
		const reason = known.get(key);
		const check = (): void => {
			rmSync(marker, {force: true});
			delete (globalThis as HostGlobals).__loopstepEscaped;
			expect(escapeProblem(simulateHere(escape.language, escape.source))).toBeUndefined();
		};
		if (reason) it.fails(`known failure: ${key} (${reason})`, check);
		else it(key, check);
	}

	for (const pollution of pollutions) {
		it(`${keyOf(pollution)} stays inside the simulation, and a second run behaves the same`, () => {
			const first = simulateHere(pollution.language, pollution.source);
			expect(escapeProblem(first)).toBeUndefined();
			expect(fingerprint(simulateHere(pollution.language, pollution.source))).toBe(fingerprint(first));
			expect(({} as {x?: unknown}).x).toBeUndefined();
			expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(hostPrototypeKeys);
			expect(String({})).toBe('[object Object]');
			expect(typeof Array.prototype.push).toBe('function');
			expect(typeof Promise.prototype.then).toBe('function');
			expect(JSON.stringify([1])).toBe('[1]');
			expect(typeof globalThis.setTimeout).toBe('function');
		});
	}

	it("loopstep's behaviour is unchanged after all of them", () => {
		for (const language of ['javascript', 'python'] as const) {
			expect(fingerprint(simulateHere(language, references[language]))).toBe(before.get(language));
		}
	});
});
