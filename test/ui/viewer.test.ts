import {describe, expect, test} from 'vitest';
import type {KeyName} from '../../source/ui/keys/key-name.js';
import {advancePlaying, playTiming} from '../../source/ui/viewer/advance-playing.js';
import {applyKeys} from '../../source/ui/viewer/apply-key.js';
import type {ViewerContext} from '../../source/ui/viewer/viewer-context.js';
import {initialViewerState, type ViewerState} from '../../source/ui/viewer/viewer-state.js';
import {promisePlan} from './support/promise-plan.js';

const plan = promisePlan();
const context: ViewerContext = {
	plan,
	panes: ['source', 'console', 'stack', 'timers', 'macrotask', 'nextTick', 'microtask', 'immediate'],
	scrollLimits: {console: 3, timers: 0},
	pageSizes: {console: 5, source: 5},
	sourceLines: 4,
	helpScrollLimit: 2,
};

function press(keys: readonly KeyName[], from: ViewerState = initialViewerState([])): ViewerState {
	return applyKeys(from, keys, context);
}

/** Steps (0-based) whose kind the plan says, to check jumps against the plan rather than by hand. */
function stepsOfKind(kind: string): number[] {
	const found = [];
	for (let index = 0; index < plan.length; index++) if (plan.kindAt(index) === kind) found.push(index);
	return found;
}

describe('stepping keys', () => {
	test('→ l n step forward, ← h N step back, each press counts', () => {
		expect(press(['right', 'l', 'n']).step).toBe(3);
		expect(press(['l', 'l', 'l', 'l', 'h', 'N', 'left']).step).toBe(1);
		expect(press(['left']).notice).toBe('at the first step');
	});
	test('g and G go to the first and last step', () => {
		expect(press(['G']).step).toBe(plan.length - 1);
		expect(press(['G', 'g']).step).toBe(0);
		expect(press(['G', 'l']).notice).toBe('at the last step');
	});
	test('] and [ move between callback steps', () => {
		const callbacks = stepsOfKind('callback');
		expect(callbacks.length).toBeGreaterThan(1);
		expect(press([']']).step).toBe(callbacks[0]);
		expect(press([']', ']']).step).toBe(callbacks[1]);
		expect(press([']', ']', '[']).step).toBe(callbacks[0]);
		expect(press([']', ']', ']']).notice).toBe('no later callback');
	});
	test('} and { move between loop iterations; o to output; t to a timer firing', () => {
		const second = plan.nextMarker('iteration', 0);
		expect(press(['}']).step).toBe(second);
		expect(press(['}', '{']).step).toBe(0);
		const outputs = stepsOfKind('output');
		expect(press(['o']).step).toBe(outputs[0]);
		expect(press(['o', 'o', 'o']).step).toBe(outputs[2]);
		expect(plan.kindAt(press(['t']).step)).toBe('callback');
		expect(press(['t', 't']).notice).toBe('no more timers fire');
	});
	test(': opens a go-to prompt that takes the 1-based step number', () => {
		const state = press([':', '1', '2', 'return']);
		expect(state.step).toBe(11);
		expect(state.overlay).toBeUndefined();
		expect(press([':', '9', '9', '9', 'return'])).toMatchObject({step: plan.length - 1, notice: `the plan has ${plan.length} steps`});
		expect(press([':', '5', 'backspace', '3', 'return']).step).toBe(2);
		expect(press([':', '5', 'escape']).step).toBe(0);
		expect(press([':', 'q']).quit).toBe(false);
	});
});

describe('breakpoints', () => {
	test('b toggles a breakpoint on the current line', () => {
		const onLine3 = press([':', '6', 'return']);
		expect(plan.lineAt(onLine3.step)).toBe(3);
		const set = press(['b'], onLine3);
		expect([...set.breakpoints]).toEqual([3]);
		expect([...press(['b'], set).breakpoints]).toEqual([]);
	});
	test('b uses the source cursor when Source is focused and the cursor moved', () => {
		const state = press([':', '3', 'return', 'down', 'down', 'b']);
		expect(state.focus).toBe('source');
		expect([...state.breakpoints]).toEqual([plan.lineAt(2) + 2]);
	});
	test('on a loop step with no line, b says how to set one instead', () => {
		expect(press(['b']).notice).toMatch(/no source line/);
	});
	test('c and C continue to the next and previous statement on a breakpoint line', () => {
		const state = applyKeys(initialViewerState([4]), ['c'], context);
		expect(plan.lineAt(state.step)).toBe(4);
		expect(plan.kindAt(state.step)).toBe('statement');
		expect(applyKeys(state, ['c'], context).notice).toBe('no breakpoint ahead');
		expect(applyKeys({...state, step: plan.length - 1}, ['C'], context).step).toBe(state.step);
		expect(press(['c']).notice).toMatch(/no breakpoints/);
	});
});

describe('play', () => {
	test('space plays, + and - change speed, playing pauses on a breakpoint line and at the end', () => {
		const playing = press(['space', '+', '+', '-']);
		expect(playing.playing).toBe(true);
		expect(playing.speedIndex).toBe(initialViewerState([]).speedIndex + 1);
		const paused = advancePlaying({...playing, breakpoints: new Set([4])}, plan, 100);
		expect(paused.playing).toBe(false);
		expect(plan.lineAt(paused.step)).toBe(4);
		const ended = advancePlaying(playing, plan, 1000);
		expect(ended).toMatchObject({step: plan.length - 1, playing: false});
		expect(press(['space', 'space']).playing).toBe(false);
	});
	test('space at the last step starts again from the first', () => {
		expect(press(['G', 'space'])).toMatchObject({step: 0, playing: true});
	});
	test('a manual step pauses play', () => {
		expect(press(['space', 'l']).playing).toBe(false);
	});
	test('fast speeds move several steps per tick instead of ticking faster than 20 times a second', () => {
		expect(playTiming(2)).toEqual({intervalMs: 500, stepsPerTick: 1});
		expect(playTiming(1000)).toEqual({intervalMs: 50, stepsPerTick: 50});
	});
});

describe('focus, scrolling, overlays, quit', () => {
	test('Tab cycles focus through the panes and Shift-Tab goes back', () => {
		expect(press(['tab']).focus).toBe('console');
		expect(press(['tab', 'tab', 'shiftTab']).focus).toBe('console');
		expect(press(['shiftTab']).focus).toBe('immediate');
	});
	test('scrolling is clamped to what the pane can show; the console scrolls back with ↑', () => {
		expect(press(['tab', 'up', 'up']).scroll['console']).toBe(2);
		expect(press(['tab', 'pageUp']).scroll['console']).toBe(3);
		expect(press(['tab', 'up', 'down', 'down']).scroll['console']).toBe(0);
		expect(press(['tab', 'tab', 'tab', 'down']).scroll['timers']).toBe(0);
	});
	test('moving to another step resets scrolling', () => {
		expect(press(['tab', 'up', 'l']).scroll).toEqual({});
	});
	test('? opens help, Esc and ? close it; other commands wait while it is open', () => {
		expect(press(['?']).overlay).toBe('help');
		expect(press(['?', 'escape']).overlay).toBeUndefined();
		expect(press(['?', '?']).overlay).toBeUndefined();
		expect(press(['?', 'l']).step).toBe(0);
		expect(press(['?', 'down', 'down', 'down']).helpScroll).toBe(2);
	});
	test('Esc never quits; q and Ctrl-C do, even from help', () => {
		expect(press(['escape']).quit).toBe(false);
		expect(press(['q']).quit).toBe(true);
		expect(press(['?', 'q']).quit).toBe(true);
		expect(press(['ctrlC']).quit).toBe(true);
		expect(press(['q', 'l']).step).toBe(0);
	});
});
