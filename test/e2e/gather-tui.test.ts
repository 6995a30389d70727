import {execFileSync} from 'node:child_process';
import {afterEach, describe, expect, test} from 'vitest';
import {projectRoot} from '../support/differential.js';
import {paneText} from '../ui/support/pane-text.js';
import {colourCodes} from './support/colour-codes.js';
import {planHead, printsLikeTheRuntime} from './support/plan-facts.js';
import {atStep, consoleLines, stepOf} from './support/read-screen.js';
import {startLoopstep} from './support/start-loopstep.js';
import {hasTmux, type TmuxTerminal} from './support/tmux-terminal.js';

const file = 'examples/gather.py';
const simulates = printsLikeTheRuntime(file, 'python3');
if (!simulates) console.warn(`\n*** ${file} does not yet print what python3 prints under loopstep --print: its TUI tests are SKIPPED ***\n`);
if (!hasTmux) console.warn('\n*** tmux is not installed: the end-to-end terminal tests are SKIPPED ***\n');

let terminal: TmuxTerminal | undefined;
afterEach(() => terminal?.close());


describe.skipIf(!hasTmux || !simulates)('loopstep examples/gather.py in a real terminal (tmux, 80×24)', () => {
	test('every queue of the plan has its pane; stepping, landmarks and the end match python3', async () => {
		const head = planHead(file);
		const tui = (terminal = startLoopstep({args: [file]}));
		const first = await tui.waitFor('the first step', atStep(1));
		// A title longer than its pane is cut with an ellipsis; its start is always shown.
		for (const queue of head.meta.queues) expect(first).toContain(queue.title.slice(0, 16));
		tui.send('Right', 'Right', 'Left');
		await tui.waitFor('step 2', atStep(2));
		tui.send(']');
		await tui.waitFor('a later callback', screen => (stepOf(screen)?.step ?? 0) > 2);
		tui.send('g');
		await tui.waitFor('the first step again', atStep(1));
		const real = execFileSync('python3', [file], {cwd: projectRoot, encoding: 'utf8'}).trimEnd().split('\n');
		tui.send('o');
		const output = await tui.waitFor('the first output', screen => consoleLines(screen).length > 0);
		expect(consoleLines(output)).toEqual(real.slice(0, 1));
		tui.send('G');
		const last = await tui.waitFor('the last step', atStep(head.stepCount));
		expect(consoleLines(last)).toEqual(real);
		expect(paneText(last, 'Clock')).toMatch(/\d s ·/);
		tui.send('q');
		await tui.waitFor('the shell', screen => screen.includes('exit=0'));
	});

	test('NO_COLOR and --ascii hold for asyncio plans too', async () => {
		const tui = (terminal = startLoopstep({args: ['--ascii', file], env: {NO_COLOR: '1'}}));
		const screen = await tui.waitFor('the first step', atStep(1));
		expect(screen.split('\n')[0]).toMatch(/^\+-\[Source/);
		expect(colourCodes(tui.screenWithEscapes())).toEqual([]);
	});
});
