import type {Plan} from '../../plan/index.js';
import {moveTo} from './apply-command.js';
import type {ViewerState} from './viewer-state.js';

/**
 * One tick of play: up to `count` steps forward, pausing on a breakpoint line or at the end.
 * It looks only at the steps it passes, so a tick costs O(count) whatever the plan's length.
 */
export function advancePlaying(state: ViewerState, plan: Plan, count: number): ViewerState {
	if (!state.playing) return state;
	const last = plan.length - 1;
	const stop = Math.min(state.step + count, last);
	for (let step = state.step + 1; step <= stop; step++) {
		if (state.breakpoints.has(plan.lineAt(step)) && plan.kindAt(step) === 'statement') {
			return {...moveTo(state, step), playing: false, notice: `paused at the breakpoint on line ${plan.lineAt(step)}`};
		}
	}
	const moved = moveTo(state, stop);
	return stop >= last ? {...moved, playing: false, notice: 'played to the last step'} : moved;
}

/** Ticks at most ~20 times a second; faster speeds move several steps per tick. */
export function playTiming(stepsPerSecond: number): {intervalMs: number; stepsPerTick: number} {
	const intervalMs = Math.max(50, Math.round(1000 / stepsPerSecond));
	return {intervalMs, stepsPerTick: Math.max(1, Math.round((stepsPerSecond * intervalMs) / 1000))};
}
