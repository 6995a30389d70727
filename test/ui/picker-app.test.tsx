import {render} from 'ink-testing-library';
import {afterEach, expect, test} from 'vitest';
import {PickerApp} from '../../source/ui/picker/picker-app.js';
import type {PickerEntry} from '../../source/ui/picker/picker-entry.js';
import {decideTheme} from '../../source/ui/theme.js';
import {promisePlan} from './support/promise-plan.js';
import {settle} from './support/render-stepper.js';

const examples: PickerEntry[] = [
	{file: 'examples/promise.js', title: 'Promise before Timeout', lesson: 'Microtasks run before the next macrotask.', path: '/x/promise.js'},
	{file: 'examples/broken.py', title: 'Broken', lesson: 'Does not load.', path: '/x/broken.py'},
];

const load = async (path: string) => {
	if (path.endsWith('.py')) throw new Error('examples/broken.py:1:1: SyntaxError: invalid syntax');
	return promisePlan();
};

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

async function until(frame: () => string | undefined, text: string): Promise<string> {
	for (let tries = 0; tries < 200 && !(frame() ?? '').includes(text); tries++) await new Promise(resolve => setTimeout(resolve, 10));
	// The frame is drawn before effects re-subscribe the input handlers; let them run.
	await settle();
	return frame() ?? '';
}

test('lists the examples with the lesson of the highlighted one; Enter opens it; q comes back; q quits', async () => {
	let quits = 0;
	const app = render(
		<PickerApp examples={examples} load={load} size={{columns: 80, rows: 24}} theme={decideTheme({color: false, ascii: false}, {LANG: 'C.UTF-8'})} onQuit={() => quits++} />,
	);
	unmount = app.unmount;
	await settle();
	expect(app.lastFrame()).toContain('Promise before Timeout  (examples/promise.js)');
	expect(app.lastFrame()).toContain('Microtasks run before the next macrotask.');
	app.stdin.write('\r');
	expect(await until(app.lastFrame, 'step 1/')).toContain('Source · promise.js');
	app.stdin.write('q');
	expect(await until(app.lastFrame, 'pick an example')).toContain('Broken  (examples/broken.py)');
	expect(quits).toBe(0);
	app.stdin.write('q');
	await settle();
	expect(quits).toBe(1);
});

test('an example that fails to load shows its message and stays in the list', async () => {
	const app = render(
		<PickerApp examples={examples} load={load} size={{columns: 80, rows: 24}} theme={decideTheme({color: false, ascii: false}, {LANG: 'C.UTF-8'})} onQuit={() => {}} />,
	);
	unmount = app.unmount;
	await settle();
	app.stdin.write('\u001B[B');
	expect(await until(app.lastFrame, 'Does not load.')).toContain('Does not load.');
	app.stdin.write('\r');
	const frame = await until(app.lastFrame, 'SyntaxError');
	expect(frame).toContain('examples/broken.py:1:1: SyntaxError: invalid syntax');
	expect(frame).toContain('pick an example');
});
