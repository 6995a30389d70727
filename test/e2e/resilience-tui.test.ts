import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, test} from 'vitest';
import {cliPath, projectRoot} from '../support/differential.js';
import {atStep, stepOf} from './support/read-screen.js';
import {showsStackTrace} from './support/stack-trace.js';
import {startLoopstep, type StartOptions} from './support/start-loopstep.js';
import {hasTmux, type TmuxTerminal} from './support/tmux-terminal.js';

if (!hasTmux) console.warn('\n*** tmux is not installed: the end-to-end terminal tests are SKIPPED ***\n');

const terminals: TmuxTerminal[] = [];
afterEach(() => {
	for (const terminal of terminals.splice(0)) terminal.close();
});

const scratch = mkdtempSync(path.join(os.tmpdir(), 'loopstep-resilience-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

function start(options: StartOptions): TmuxTerminal {
	const terminal = startLoopstep(options);
	terminals.push(terminal);
	return terminal;
}

/** The screen a fresh loopstep draws at `step` in a terminal that always had this size. */
async function referenceFrame(file: string, step: number, columns: number, rows: number): Promise<string> {
	const fresh = start({args: [file], columns, rows});
	await fresh.waitFor('the first step of the reference', atStep(1));
	fresh.send(':', ...String(step), 'Enter');
	return fresh.waitFor(`step ${step} of the reference`, atStep(step));
}

function processState(pid: number): string {
	return spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], {encoding: 'utf8'}).stdout.trim();
}

async function waitUntilGone(pid: number, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	// A zombie has exited; only its parent (the killed shell) has not collected it.
	while (Date.now() < deadline) {
		const state = processState(pid);
		if (state === '' || state.startsWith('Z')) return;
		await new Promise(resolve => setTimeout(resolve, 40));
	}
	throw new Error(`loopstep (pid ${pid}) is still running: ${processState(pid)}`);
}

const file = 'examples/promise.js';
const million = 'test/bench/workloads/million.js';

describe.skipIf(!hasTmux)('the TUI survives what terminals do to it (issue 8)', () => {
	test.each([
		['piped stdin', {pipedFrom: 'echo'}],
		['stdin closed', {redirections: '<&-'}],
	] as const)('%s: prints the trace with a notice and ends cleanly', async (_, input) => {
		const tui = start({args: [file], ...input});
		await tui.waitFor('the shell after loopstep', text => text.includes('exit='));
		const screen = tui.history();
		expect(screen).toContain('loopstep: stepping needs a terminal on stdin; printing the trace instead');
		expect(screen).toContain(`loopstep trace of ${file}`);
		expect(screen).toContain('exit=0');
		expect(showsStackTrace(screen)).toBe(false);
		expect(tui.query('alternate_on')).toBe('0');
	});

	test('stdout closed by the reader (| head -1): the first line, exit 0, nothing on stderr', () => {
		const program = path.join(scratch, 'long.js');
		writeFileSync(program, 'let n = 0;\nfor (let i = 0; i < 20000; i++) n += i;\nconsole.log(n);\n');
		for (const mode of ['--trace', '--json', '--print']) {
			const run = spawnSync('bash', ['-c', `"$0" "$1" ${mode} "$2" | head -1; exit "\${PIPESTATUS[0]}"`, process.execPath, cliPath, program], {
				cwd: projectRoot,
				encoding: 'utf8',
				timeout: 60_000,
			});
			expect({mode, status: run.status, stderr: run.stderr, lines: run.stdout.split('\n').length}).toEqual({mode, status: 0, stderr: '', lines: 2});
		}
	});

	test('stdout closed before start: no TUI, no stack trace, exit 0', async () => {
		const errors = path.join(scratch, 'closed-stdout.err');
		const tui = start({args: [file], redirections: `>&- 2>${errors}`});
		const screen = await tui.waitFor('the shell after loopstep', text => text.includes('exit='));
		expect(screen).toContain('exit=0');
		expect(readFileSync(errors, 'utf8')).toBe('');
	});

	test('the terminal going away mid-session ends loopstep quietly', async () => {
		const errors = path.join(scratch, 'hang-up.err');
		const tui = start({args: [file], redirections: `2>${errors}`});
		await tui.waitFor('the first step', atStep(1));
		tui.send('Right');
		await tui.waitFor('step 2', atStep(2));
		const pid = tui.childPid()!;
		tui.close();
		await waitUntilGone(pid);
		const stderr = readFileSync(errors, 'utf8');
		expect(showsStackTrace(stderr), stderr).toBe(false);
		expect(stderr).not.toContain('internal error');
	});

	test('SIGHUP with the terminal still there restores it and exits 129', async () => {
		const tui = start({args: [file]});
		await tui.waitFor('the first step', atStep(1));
		process.kill(tui.childPid()!, 'SIGHUP');
		const after = await tui.waitFor('the shell after SIGHUP', screen => screen.includes('exit='));
		expect(after).toContain('exit=129');
		expect(after).not.toContain('Call Stack');
		expect(showsStackTrace(after)).toBe(false);
		expect(tui.query('alternate_on')).toBe('0');
		expect(tui.query('cursor_flag')).toBe('1');
	});

	test('a SIGWINCH storm while stepping: alive, no key lost, then the exact frame of a fresh start', async () => {
		const tui = start({args: [file]});
		await tui.waitFor('the first step', atStep(1));
		const sizes = [
			[100, 30],
			[61, 17],
			[120, 40],
			[70, 20],
			[200, 60],
			[30, 8],
			[80, 24],
		] as const;
		let presses = 0;
		for (let round = 0; round < 140; round++) {
			const [columns, rows] = sizes[round % sizes.length]!;
			tui.resize(columns, rows);
			if (round % 10 === 0) {
				tui.send('Right');
				presses++;
			}
		}
		tui.resize(80, 24);
		const step = 1 + presses;
		const reference = await referenceFrame(file, step, 80, 24);
		await tui.waitFor(`the frame of step ${step} at 80×24, as a fresh start draws it`, screen => screen === reference);
		expect(tui.childPid()).toBeDefined();
	});

	test('resized to 1×1 and back: the too-small notice, then a full, correct frame', async () => {
		const tui = start({args: [file]});
		await tui.waitFor('the first step', atStep(1));
		tui.send('Right', 'Right');
		await tui.waitFor('step 3', atStep(3));
		tui.resize(1, 1);
		await tui.waitFor('a 1×1 screen without panes', screen => screen.trim() !== '' && !screen.includes('Source'));
		tui.resize(30, 8);
		await tui.waitFor('the too-small notice', screen => screen.includes('terminal too small (30×8)'));
		tui.resize(80, 24);
		const reference = await referenceFrame(file, 3, 80, 24);
		await tui.waitFor('the frame of step 3 at 80×24, as a fresh start draws it', screen => screen === reference);
	});

	test('every key mashed at ~1,000 a second for 10 s: still responsive, q quits cleanly', async () => {
		const tui = start({args: [million]});
		const first = await tui.waitFor('the first step of a million', atStep(1), 30_000);
		const total = stepOf(first)!.of;
		// Every key of the keymap but the quitting ones, in tmux's names, plus digits and Enter for `:`.
		const keys = ['Right', 'l', 'n', 'Left', 'h', 'N', ']', '[', '}', '{', 'o', 't', 'g', 'Home', 'G', 'End', ':', '5', 'Enter'];
		keys.push('Space', '+', '=', '-', '_', 'b', 'c', 'C', 'Tab', 'BTab', 'Up', 'k', 'Down', 'j', 'PPage', 'NPage', '?', 'Escape');
		// 10,000 keys paced at 1 ms each: ten seconds, or longer when the machine cannot keep up.
		const started = Date.now();
		for (let sent = 0, batch = 0; sent < 10_000; batch++) {
			const chunk = Array.from({length: 40}, (_, at) => keys[(batch * 7 + at * 3) % keys.length]!);
			tui.send(...chunk);
			sent += chunk.length;
			while (Date.now() < started + sent) await new Promise(resolve => setTimeout(resolve, 5));
		}
		expect(tui.childPid()).toBeDefined();
		// Esc closes whatever the mash left open (help, the go-to prompt). It goes on its own: Ink 6.8
		// reads Esc and a non-alphanumeric key in one chunk (`\x1b:`) as that key alone.
		tui.send('Escape');
		await tui.waitFor('no overlay after the mash', screen => !screen.includes('Keys ·') && !screen.includes('go to step'), 5_000);
		tui.send(':', '7', '7', '7', 'Enter');
		await tui.waitFor('step 777 after the mash', screen => atStep(777)(screen) && stepOf(screen)?.of === total, 5_000);
		tui.send('q');
		const after = await tui.waitFor('the shell after q', screen => screen.includes('exit='));
		expect(after).toContain('exit=0');
		expect(showsStackTrace(after)).toBe(false);
		expect(tui.query('alternate_on')).toBe('0');
		expect(tui.query('cursor_flag')).toBe('1');
	}, 60_000);
});
