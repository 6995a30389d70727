import {afterEach, describe, expect, test} from 'vitest';
import {commands} from '../../source/ui/keys/commands.js';
import {minimumSize} from '../../source/ui/layout.js';
import {countingPlan} from './support/counting-plan.js';
import {promisePlan} from './support/promise-plan.js';
import {paneText} from './support/pane-text.js';
import {keys, renderStepper, type StepperHarness} from './support/render-stepper.js';

let harness: StepperHarness | undefined;
afterEach(() => harness?.unmount());

async function open(...args: Parameters<typeof renderStepper>): Promise<StepperHarness> {
	harness = await renderStepper(...args);
	return harness;
}

/** Step number (1-based) of the first step of the promise plan with this narration start. */
function stepWhere(narration: string): number {
	const plan = promisePlan();
	for (let index = 0; index < plan.length; index++) if (plan.narrationAt(index).startsWith(narration)) return index + 1;
	throw new Error(`no step narrated "${narration}"`);
}

describe('the stepper screen', () => {
	test('pressing → changes the console box (issue 2)', async () => {
		const app = await open(promisePlan());
		expect(paneText(app.frame(), 'Console')).not.toContain('Start');
		await app.press(keys.right, keys.right);
		expect(paneText(app.frame(), 'Console')).toContain('Start');
		await app.press(keys.left);
		expect(paneText(app.frame(), 'Console')).not.toContain('Start');
	});

	test('a held key delivered as one burst moves once per character', async () => {
		const app = await open(promisePlan());
		await app.press('lllll');
		expect(app.frame()).toContain('step 6/18');
	});

	test('Source shows numbered lines, marks the current line and breakpoints', async () => {
		const app = await open(promisePlan(), {breakpoints: [4]});
		await app.press(':3\r');
		const source = paneText(app.frame(), 'Source');
		expect(source).toContain('▶1 console.log("Start");');
		expect(source).toContain('● 4 console.log("End");');
		await app.press('b');
		expect(paneText(app.frame(), 'Source')).toContain('●▶1 console.log("Start");');
		expect(app.frame()).toContain('breakpoint set on line 1');
	});

	test('Call Stack lists frames top first with their lines', async () => {
		const app = await open(promisePlan());
		await app.press(`:${stepWhere('The call stack is empty')}\r`);
		expect(paneText(app.frame(), 'Call Stack')).toMatch(/^\+\(\) => console\.log\(.* :3$/m);
		await app.press(`:${stepWhere('The main script finishes')}\r`);
		expect(paneText(app.frame(), 'Call Stack')).toContain('(empty)');
		await app.press(`:${stepWhere('console.log("End") runs')}\r`);
		expect(paneText(app.frame(), 'Call Stack')).toMatch(/^ \(main\) :4$/m);
	});

	test('queues mark what entered and what left in this very step, not by colour', async () => {
		const app = await open(promisePlan());
		await app.press(`:${stepWhere('The promise is already resolved')}\r`);
		expect(paneText(app.frame(), 'Microtasks')).toContain('+() => console.log("Promise")');
		await app.press('l');
		expect(paneText(app.frame(), 'Microtasks')).toContain(' () => console.log("Promise")');
		await app.press(`:${stepWhere('The call stack is empty')}\r`);
		expect(paneText(app.frame(), 'Microtasks')).toContain('-() => console.log("Promise")');
		expect(app.frame()).toContain('drains the microtask queue');
	});

	test('Timers count down to their due time against the clock; Clock shows time and phase', async () => {
		const app = await open(promisePlan());
		await app.press(`:${stepWhere('setTimeout arms')}\r`);
		expect(paneText(app.frame(), 'Timers')).toMatch(/\+\(\) => console\.log\(.*in 1 ms/);
		expect(paneText(app.frame(), 'Clock')).toContain('0 ms · phase: main script');
		await app.press('t');
		expect(paneText(app.frame(), 'Clock')).toContain('1 ms · phase: timers');
		expect(paneText(app.frame(), 'Macrotasks')).toContain('-() => console.log("Timeout")');
	});

	test('the status bar shows the step with separators, the clock, play state and the main keys', async () => {
		const app = await open(countingPlan(665));
		const status = app.frame().split('\n').at(-1)!;
		expect(status).toContain('step 1/1,333');
		expect(status).toContain('0 ms');
		expect(status).toContain('‖ 2/s');
		expect(status).toContain('? help');
		await app.press(' ');
		expect(app.frame().split('\n').at(-1)).toContain('▶ 2/s');
		await app.press(' ', '+');
		expect(app.frame().split('\n').at(-1)).toContain('‖ 4/s');
	});

	test('Console tells stderr from stdout by a mark and scrolls back when focused', async () => {
		const app = await open(countingPlan(20));
		await app.press('G');
		const console = paneText(app.frame(), 'Console');
		expect(console).toContain('! 13');
		expect(console).toContain('  19');
		await app.press(keys.tab, keys.up, keys.up);
		expect(app.frame()).toContain('[Console (2 back)]');
		expect(paneText(app.frame(), 'Console')).toContain('  17');
		expect(paneText(app.frame(), 'Console')).not.toContain('  19');
	});

	test('the go-to prompt shows in the status bar', async () => {
		const app = await open(promisePlan());
		await app.press(':', '1', '2');
		expect(app.frame()).toContain('go to step (1-18): 12_');
		await app.press(keys.enter);
		expect(app.frame()).toContain('step 12/18');
	});

	test('? shows every key from the keymap; Esc closes it and does not quit', async () => {
		const app = await open(promisePlan());
		await app.press('?');
		const frame = app.frame();
		for (const command of Object.values(commands)) expect(frame).toContain(command.help);
		expect(frame).toContain('→ l n');
		await app.press(keys.escape);
		await app.press('l');
		expect(app.frame()).toContain('Source');
		expect(app.frame()).toContain('step 2/18');
		expect(app.quitCalls()).toBe(0);
		await app.press('q');
		expect(app.quitCalls()).toBe(1);
	});

	test('below the minimum size it says so instead of drawing a broken picture', async () => {
		const app = await open(promisePlan(), {size: {columns: 50, rows: 12}});
		expect(app.frame()).toContain('terminal too small (50×12)');
		const minimum = minimumSize(promisePlan().meta);
		expect(app.frame()).toContain(`need ${minimum.columns}×${minimum.rows}`);
	});

	for (const size of [
		{columns: 80, rows: 24},
		{columns: 60, rows: 18},
		{columns: 100, rows: 40},
		{columns: 200, rows: 60},
	]) {
		test(`at ${size.columns}×${size.rows} every frame is at most rows-1 tall and columns wide`, async () => {
			const app = await open(countingPlan(30), {size});
			for (const input of [undefined, 'G', '?', keys.escape, ':1\r']) {
				if (input !== undefined) await app.press(input);
				const lines = app.frame().split('\n');
				expect(lines.length).toBeLessThanOrEqual(size.rows - 1);
				for (const line of lines) expect([...line].length).toBeLessThanOrEqual(size.columns);
			}
		});
	}

	test('--ascii draws with +-| and ASCII marks only', async () => {
		const app = await open(promisePlan(), {ascii: true, breakpoints: [1]});
		await app.press(':3\r');
		const frame = app.frame();
		expect(/^[\x20-\x7e\n]*$/.test(frame)).toBe(true);
		expect(frame).toContain('+-[Source');
		expect(paneText(frame, 'Source')).toContain('*>1 console.log("Start");');
	});
});

describe('an asyncio plan', () => {
	test('shows its own queues and titles, task states, and the clock in seconds', async () => {
		const {gatherPlan} = await import('./support/gather-plan.js');
		const app = await open(gatherPlan());
		await app.press(':3\r');
		expect(paneText(app.frame(), 'Tasks')).toContain(' Task-1 main() running');
		expect(paneText(app.frame(), 'Tasks')).toMatch(/^\+Task-2 task\(.* pending$/m);
		await app.press('l');
		const frame = app.frame();
		expect(paneText(frame, 'Scheduled (_scheduled)')).toMatch(/in 2\.5 s$/m);
		expect(paneText(frame, 'Clock')).toContain('0.5 s');
		expect(frame).toContain('0.5 s ·');
	});
});

describe('the Source cursor', () => {
	test('with Source focused, ↓ moves a cursor mark and b sets the breakpoint under it', async () => {
		const app = await open(promisePlan());
		await app.press(':3\r', keys.down, keys.down);
		expect(paneText(app.frame(), 'Source')).toContain('▹3 Promise.resolve()');
		await app.press('b');
		expect(paneText(app.frame(), 'Source')).toMatch(/●▹3 Promise\.resolve\(\)/);
		expect(app.frame()).toContain('breakpoint set on line 3');
	});
});
