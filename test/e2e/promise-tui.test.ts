import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {projectRoot, runReal} from '../support/differential.js';
import {colourCodes} from './support/colour-codes.js';
import {planHead} from './support/plan-facts.js';
import {hasTmux, type TmuxTerminal} from './support/tmux-terminal.js';
import {atStep, consoleLines, stepOf} from './support/read-screen.js';
import {startLoopstep, type StartOptions} from './support/start-loopstep.js';

if (!hasTmux) console.warn('\n*** tmux is not installed: the end-to-end terminal tests are SKIPPED ***\n');

let terminal: TmuxTerminal | undefined;
afterEach(() => terminal?.close());

function start(options: StartOptions): TmuxTerminal {
	terminal = startLoopstep(options);
	return terminal;
}


describe.skipIf(!hasTmux)('loopstep examples/promise.js in a real terminal (tmux, 80×24)', () => {
	test('steps forward and back with every stepping key, first and last', async () => {
		const tui = start({args: ['examples/promise.js']});
		const first = await tui.waitFor('the first step', atStep(1));
		expect(first).toContain('Source');
		expect(first).toContain('Call Stack');
		expect(first).toContain('Console');
		const total = stepOf(first)!.of;
		tui.send('Right', 'Right');
		await tui.waitFor('step 3', atStep(3));
		tui.send('Left');
		await tui.waitFor('step 2', atStep(2));
		tui.send('l', 'n');
		await tui.waitFor('step 4', atStep(4));
		tui.send('h', 'N');
		await tui.waitFor('step 2 again', atStep(2));
		tui.send('G');
		const last = await tui.waitFor('the last step', atStep(total));
		const real = await runReal(path.join(projectRoot, 'examples/promise.js'));
		expect(consoleLines(last)).toEqual(real.stdout.trimEnd().split('\n'));
		tui.send('g');
		await tui.waitFor('back at the first step', atStep(1));
	});

	test('every queue of the plan has a pane titled as the plan says', async () => {
		const head = planHead('examples/promise.js');
		const tui = start({args: ['examples/promise.js']});
		const screen = await tui.waitFor('the first step', atStep(1));
		expect(head.meta.queues.length).toBeGreaterThan(0);
		// A title longer than its pane is cut with an ellipsis; its start is always shown.
		for (const queue of head.meta.queues) expect(screen).toContain(queue.title.slice(0, 16));
		expect(stepOf(screen)?.of).toBe(head.stepCount);
	});

	test('a burst of keys (held or pasted) moves once per key', async () => {
		const tui = start({args: ['examples/promise.js']});
		await tui.waitFor('the first step', atStep(1));
		tui.type('llll');
		await tui.waitFor('step 5', atStep(5));
	});

	test('--break marks the line; c continues to it, C back to it; b toggles it', async () => {
		const tui = start({args: ['--break', '4', 'examples/promise.js']});
		await tui.waitFor('the breakpoint mark on line 4', screen => /●\s?4 console\.log\("End"\)/.test(screen));
		tui.send('c');
		const atBreakpoint = await tui.waitFor('the current line on line 4', screen => /●▶4 console\.log\("End"\)/.test(screen));
		const stopped = stepOf(atBreakpoint)!.step;
		tui.send('G', 'C');
		await tui.waitFor('back at the breakpoint', atStep(stopped));
		tui.send('b');
		await tui.waitFor('the breakpoint removed', screen => screen.includes('breakpoint removed from line 4') && /│ ▶4 console/.test(screen));
		tui.send('g', 'c');
		await tui.waitFor('no breakpoints left', screen => screen.includes('no breakpoints'));
	});

	test('space plays to the end at the chosen speed and pauses there', async () => {
		const tui = start({args: ['examples/promise.js']});
		const first = await tui.waitFor('the first step', atStep(1));
		const total = stepOf(first)!.of;
		tui.send('+', '+', '+', '+');
		await tui.waitFor('speed 30/s', screen => screen.includes('30/s'));
		tui.send('Space');
		await tui.waitFor('playing', screen => screen.includes('▶ 30/s') && (stepOf(screen)?.step ?? 0) > 1);
		await tui.waitFor('the end of the plan, paused', screen => stepOf(screen)?.step === total && screen.includes('‖ 30/s'));
	});

	test('? shows the keys, Esc closes the help and does not quit', async () => {
		const tui = start({args: ['examples/promise.js']});
		await tui.waitFor('the first step', atStep(1));
		tui.send('?');
		const help = await tui.waitFor('the help overlay', screen => screen.includes('Keys') && screen.includes('step forward'));
		expect(help).toContain('continue to next breakpoint');
		tui.send('Escape');
		await tui.waitFor('the panes again', screen => screen.includes('Call Stack') && !screen.includes('step forward'));
		tui.send('Right');
		const stepping = await tui.waitFor('still stepping after Esc', atStep(2));
		tui.send('?');
		await tui.waitFor('the help overlay again', screen => screen.includes('step forward'));
		// Esc and the next key in one chunk (fast typing, ssh) arrive as Alt-key: both must count.
		tui.send('Escape', 'G');
		await tui.waitFor('the last step after Esc+G', screen => atStep(stepOf(stepping)!.of)(screen) && !screen.includes('step forward'));
	});

	test('resizing below the minimum says so, and growing back redraws cleanly', async () => {
		const tui = start({args: ['examples/promise.js']});
		await tui.waitFor('the first step', atStep(1));
		tui.send('Right', 'Right');
		await tui.waitFor('step 3', atStep(3));
		tui.resize(50, 12);
		await tui.waitFor('the too-small notice', screen => screen.includes('terminal too small (50×12)'));
		tui.resize(80, 24);
		const redrawn = await tui.waitFor('the panes at 80×24', screen => atStep(3)(screen) && !screen.includes('too small'));
		const rows = redrawn.split('\n');
		expect(rows[0]).toMatch(/^╭─\[Source/);
		expect(rows.filter(row => row.includes('step 3/')).length).toBe(1);
		tui.resize(120, 40);
		const wide = await tui.waitFor('the panes at 120×40', screen => screen.split('\n')[0]!.length > 100 && atStep(3)(screen));
		expect(wide.split('\n')[0]).toMatch(/^╭─\[Source.*╮$/);
	});

	test('q quits and gives the shell its screen back: main screen, cursor shown, exit 0', async () => {
		const tui = start({args: ['examples/promise.js']});
		await tui.waitFor('the first step', atStep(1));
		expect(tui.query('alternate_on')).toBe('1');
		tui.send('q');
		const after = await tui.waitFor('the shell after loopstep', screen => screen.includes('exit=0'));
		expect(after).toContain('shell-before');
		expect(after).not.toContain('Call Stack');
		expect(tui.query('alternate_on')).toBe('0');
		expect(tui.query('cursor_flag')).toBe('1');
	});

	test('Ctrl-C quits the same way', async () => {
		const tui = start({args: ['examples/promise.js']});
		await tui.waitFor('the first step', atStep(1));
		tui.send('C-c');
		const after = await tui.waitFor('the shell after loopstep', screen => screen.includes('exit=0'));
		expect(after).not.toContain('Call Stack');
		expect(tui.query('alternate_on')).toBe('0');
	});

	test('SIGTERM restores the terminal before exiting', async () => {
		const tui = start({args: ['examples/promise.js']});
		await tui.waitFor('the first step', atStep(1));
		// loopstep is the shell's only child.
		const loopstep = Number(execFileSync('pgrep', ['-P', tui.query('pane_pid')], {encoding: 'utf8'}).trim());
		process.kill(loopstep, 'SIGTERM');
		const after = await tui.waitFor('the shell after SIGTERM', screen => screen.includes('exit='));
		expect(after).toContain('exit=143');
		expect(after).toContain('shell-before');
		expect(after).not.toContain('Call Stack');
		expect(tui.query('alternate_on')).toBe('0');
		expect(tui.query('cursor_flag')).toBe('1');
	});

	test('NO_COLOR draws without any colour; without it there is colour', async () => {
		const plain = start({args: ['examples/promise.js'], env: {NO_COLOR: '1'}});
		await plain.waitFor('the first step', atStep(1));
		plain.send('Right', 'Right');
		await plain.waitFor('step 3', atStep(3));
		expect(colourCodes(plain.screenWithEscapes())).toEqual([]);
		plain.close();
		const coloured = start({args: ['examples/promise.js']});
		await coloured.waitFor('the first step', atStep(1));
		expect(colourCodes(coloured.screenWithEscapes()).length).toBeGreaterThan(0);
	});

	test('--ascii, and a non-UTF-8 locale, draw boxes with +-|', async () => {
		const tui = start({args: ['--ascii', 'examples/promise.js']});
		const screen = await tui.waitFor('the first step', atStep(1));
		expect(screen.split('\n')[0]).toMatch(/^\+-\[Source/);
		expect(screen).not.toMatch(/[╭╮╰╯│─]/);
		tui.close();
		const c = start({args: ['examples/promise.js'], env: {LANG: 'C'}});
		const inC = await c.waitFor('the first step in the C locale', atStep(1));
		expect(inC.split('\n')[0]).toMatch(/^\+-\[Source/);
	});

	test('at 200×60 the panes use the room', async () => {
		const tui = start({args: ['examples/promise.js'], columns: 200, rows: 60});
		const screen = await tui.waitFor('the first step', atStep(1));
		const rows = screen.split('\n');
		expect(rows[0]!.length).toBe(200);
		expect(rows.filter(row => row.includes('step 1/')).length).toBe(1);
		expect(screen).toContain('setTimeout(() => console.log("Timeout"), 0);');
	});
});

describe.skipIf(!hasTmux)('loopstep with no file: the examples picker', () => {
	test('Enter opens an example, q returns to the list, q there quits', async () => {
		const tui = start({args: []});
		const list = await tui.waitFor('the list', screen => screen.includes('pick an example') && screen.includes('examples/promise.js'));
		expect(list.split('\n')[0]).toContain('loopstep · pick an example');
		tui.send('Enter');
		await tui.waitFor('the stepper', screen => screen.includes('Source · promise.js') && atStep(1)(screen));
		tui.send('q');
		await tui.waitFor('the list again', screen => screen.includes('pick an example'));
		tui.send('q');
		await tui.waitFor('the shell', screen => screen.includes('exit=0'));
		expect(tui.query('alternate_on')).toBe('0');
	});
});
