import type {KeyName} from '../keys/key-name.js';
import {commandFor} from '../keys/keymap.js';
import {formatCount} from '../../plan/index.js';
import {applyCommand, moveTo} from './apply-command.js';
import type {ViewerContext} from './viewer-context.js';
import type {ViewerState} from './viewer-state.js';

/** Applies keys in order; a held or pasted burst is just several keys. */
export function applyKeys(state: ViewerState, keys: readonly KeyName[], context: ViewerContext): ViewerState {
	let next = state;
	for (const key of keys) {
		if (next.quit) break;
		next = applyKey(next, key, context);
	}
	return next;
}

/** The go-to prompt takes digits; help keeps scrolling, closing and quitting; otherwise the keymap decides. */
export function applyKey(state: ViewerState, key: KeyName, context: ViewerContext): ViewerState {
	if (state.overlay === 'goto') return applyGoToKey(state, key, context);
	const command = commandFor(key);
	if (command === undefined) return state;
	if (state.overlay === 'help') {
		const allowed = command === 'help' || command === 'closeOverlay' || command === 'quit' || command.startsWith('scroll') || command.startsWith('page');
		return allowed ? applyCommand(state, command, context) : state;
	}
	return applyCommand(state, command, context);
}

function applyGoToKey(state: ViewerState, key: KeyName, context: ViewerContext): ViewerState {
	if (key === 'ctrlC') return applyCommand(state, 'quit', context);
	if (key === 'escape') return {...state, overlay: undefined, goToText: ''};
	if (key === 'backspace') return {...state, goToText: state.goToText.slice(0, -1)};
	if (key === 'return') {
		const closed: ViewerState = {...state, overlay: undefined, goToText: ''};
		if (state.goToText === '') return closed;
		const wanted = Number(state.goToText);
		const length = context.plan.length;
		const target = Math.min(Math.max(wanted, 1), length) - 1;
		const notice = wanted > length ? `the plan has ${formatCount(length)} steps` : wanted < 1 ? 'steps count from 1' : undefined;
		return {...moveTo(closed, target), notice};
	}
	if (/^[0-9]$/.test(key) && state.goToText.length < 9) return {...state, goToText: state.goToText + key};
	return state;
}
