import {useInput, useStdin, type Key} from 'ink';
import {useCallback, useRef, useState, type RefObject} from 'react';
import type {Plan} from '../../plan/index.js';
import {readKeys} from '../keys/read-keys.js';
import {advancePlaying} from './advance-playing.js';
import {applyKeys} from './apply-key.js';
import {usePlayback} from './use-playback.js';
import type {ViewerContext} from './viewer-context.js';
import {initialViewerState, type ViewerState} from './viewer-state.js';

/**
 * The stepper's state and its inputs: keys from the terminal and the play timer. `context` is read
 * through a ref so the input handler stays the same function between renders.
 */
export function useViewer(plan: Plan, breakpoints: readonly number[]): {state: ViewerState; context: RefObject<ViewerContext>} {
	const [state, setState] = useState(() => initialViewerState(breakpoints));
	const context = useRef<ViewerContext>({plan, panes: [], scrollLimits: {}, pageSizes: {}, sourceLines: 0, helpScrollLimit: 0});
	const {isRawModeSupported} = useStdin();
	const onInput = useCallback((input: string, key: Key) => {
		const keys = readKeys(input, key);
		if (keys.length > 0) setState(current => applyKeys(current, keys, context.current));
	}, []);
	useInput(onInput, {isActive: isRawModeSupported === true});
	const tick = useCallback((steps: number) => setState(current => advancePlaying(current, plan, steps)), [plan]);
	usePlayback(state.playing, state.speedIndex, tick);
	return {state, context};
}
