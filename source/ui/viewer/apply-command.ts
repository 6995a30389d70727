import type {Command} from '../keys/commands.js';
import {formatCount} from '../../plan/index.js';
import {playSpeeds, type ViewerState} from './viewer-state.js';
import type {ViewerContext} from './viewer-context.js';

/**
 * Runs one command. Pure: the next state from this one, so a burst of keys is a fold over them.
 * Every command costs a bounded amount of work (marker lookups are binary searches); only `c`/`C`
 * scan lines, through `Plan.findLine`, and only until the next breakpoint.
 */
export function applyCommand(state: ViewerState, command: Command, context: ViewerContext): ViewerState {
	const {plan} = context;
	const last = plan.length - 1;
	const base: ViewerState = {...state, notice: undefined};
	switch (command) {
		case 'stepForward':
			return state.step < last ? navigate(base, state.step + 1) : {...base, playing: false, notice: 'at the last step'};
		case 'stepBack':
			return state.step > 0 ? navigate(base, state.step - 1) : {...base, playing: false, notice: 'at the first step'};
		case 'nextCallback':
			return jump(base, plan.nextMarker('callback', state.step), 'no later callback');
		case 'previousCallback':
			return jump(base, plan.previousMarker('callback', state.step), 'no earlier callback');
		case 'nextIteration':
			return jump(base, plan.nextMarker('iteration', state.step), 'no later loop iteration');
		case 'previousIteration':
			return jump(base, plan.previousMarker('iteration', state.step), 'no earlier loop iteration');
		case 'nextOutput':
			return jump(base, plan.nextMarker('output', state.step), 'no more console output');
		case 'nextTimer':
			return jump(base, plan.nextMarker('timer', state.step), 'no more timers fire');
		case 'first':
			return navigate(base, 0);
		case 'last':
			return navigate(base, last);
		case 'goToStep':
			return {...base, playing: false, overlay: 'goto', goToText: ''};
		case 'togglePlay':
			if (state.playing) return {...base, playing: false};
			return state.step >= last ? {...moveTo(base, 0), playing: true} : {...base, playing: true};
		case 'faster':
			return {...base, speedIndex: Math.min(state.speedIndex + 1, playSpeeds.length - 1)};
		case 'slower':
			return {...base, speedIndex: Math.max(state.speedIndex - 1, 0)};
		case 'toggleBreakpoint':
			return toggleBreakpoint(base, context);
		case 'continueForward':
			return continueTo(base, context, 1);
		case 'continueBackward':
			return continueTo(base, context, -1);
		case 'focusNext':
			return {...base, focus: cycle(context.panes, state.focus, 1)};
		case 'focusPrevious':
			return {...base, focus: cycle(context.panes, state.focus, -1)};
		case 'scrollUp':
			return scroll(base, context, -1);
		case 'scrollDown':
			return scroll(base, context, 1);
		case 'pageUp':
			return scroll(base, context, -(context.pageSizes[state.focus] ?? 1));
		case 'pageDown':
			return scroll(base, context, context.pageSizes[state.focus] ?? 1);
		case 'help':
			return {...base, overlay: state.overlay === 'help' ? undefined : 'help', helpScroll: 0};
		case 'closeOverlay':
			return {...base, overlay: undefined};
		case 'quit':
			return {...base, playing: false, quit: true};
	}
}

/** Moving to another step resets per-step views: scroll offsets and the Source cursor follow it again. */
export function moveTo(state: ViewerState, step: number): ViewerState {
	if (step === state.step) return state;
	return {...state, step, scroll: {}, sourceCursor: undefined};
}

/** A move the person asked for: it takes over from play. */
function navigate(state: ViewerState, step: number): ViewerState {
	return moveTo({...state, playing: false}, step);
}

function jump(state: ViewerState, target: number, notice: string): ViewerState {
	return target < 0 ? {...state, playing: false, notice} : navigate(state, target);
}

function toggleBreakpoint(state: ViewerState, context: ViewerContext): ViewerState {
	const useCursor = state.focus === 'source' && state.sourceCursor !== undefined;
	const line = useCursor ? state.sourceCursor! : context.plan.lineAt(state.step);
	if (line <= 0) return {...state, notice: 'no source line at this step: focus Source (Tab) and move the cursor'};
	const breakpoints = new Set(state.breakpoints);
	const removed = breakpoints.delete(line);
	if (!removed) breakpoints.add(line);
	return {...state, breakpoints, notice: `breakpoint ${removed ? 'removed from' : 'set on'} line ${line}`};
}

function continueTo(state: ViewerState, context: ViewerContext, direction: 1 | -1): ViewerState {
	if (state.breakpoints.size === 0) return {...state, playing: false, notice: 'no breakpoints: b sets one on the current line'};
	const target = context.plan.findLine(state.breakpoints, state.step, direction);
	if (target < 0) return {...state, playing: false, notice: direction > 0 ? 'no breakpoint ahead' : 'no breakpoint behind'};
	return {
		...navigate(state, target),
		notice: `breakpoint on line ${context.plan.lineAt(target)} (step ${formatCount(target + 1)})`,
	};
}

function cycle(panes: readonly string[], current: string, direction: 1 | -1): string {
	if (panes.length === 0) return current;
	const at = panes.indexOf(current);
	return panes[(at + direction + panes.length) % panes.length]!;
}

function scroll(state: ViewerState, context: ViewerContext, by: number): ViewerState {
	if (state.overlay === 'help') {
		return {...state, helpScroll: clamp(state.helpScroll + by, 0, context.helpScrollLimit)};
	}
	if (state.focus === 'source') {
		const from = state.sourceCursor ?? Math.max(1, context.plan.lineAt(state.step));
		return {...state, sourceCursor: clamp(from + by, 1, Math.max(1, context.sourceLines))};
	}
	// The console counts back from its newest line, so "up" goes further back.
	const offset = (state.scroll[state.focus] ?? 0) + (state.focus === 'console' ? -by : by);
	const limit = context.scrollLimits[state.focus] ?? 0;
	return {...state, scroll: {...state.scroll, [state.focus]: clamp(offset, 0, limit)}};
}

function clamp(value: number, low: number, high: number): number {
	return Math.min(Math.max(value, low), high);
}
