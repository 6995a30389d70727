import {useLayoutEffect, useMemo} from 'react';
import type {Plan, QueueItem} from '../plan/index.js';
import type {TerminalSize} from './layout.js';
import {renderStepper} from './stepper-screen.js';
import type {Theme} from './theme.js';
import {ThemeProvider} from './theme-context.js';
import {printable} from './format/printable.js';
import {SectionCache} from './panes/section-cache.js';
import {RecentStates} from './viewer/recent-states.js';
import {useViewer} from './viewer/use-viewer.js';

export interface StepperAppProps {
	readonly plan: Plan;
	readonly breakpoints: readonly number[];
	readonly size: TerminalSize;
	readonly theme: Theme;
	readonly onQuit: () => void;
}

/**
 * The stepper: one step of the plan on screen. Per key it asks the plan for one state (two after a
 * jump, when an item left a queue, to show what left) and draws it; nothing scales with the plan's length.
 */
export function StepperApp({plan, breakpoints, size, theme, onQuit}: StepperAppProps) {
	const {state, context} = useViewer(plan, breakpoints);
	const sourceLines = useMemo(() => plan.meta.source.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map(line => printable(line)), [plan]);
	const states = useMemo(() => new RecentStates(plan), [plan]);
	const step = useMemo(() => states.at(state.step), [states, state.step]);
	const removed = useMemo(() => {
		const lost = step.changes.filter(change => change.change === 'removed');
		if (lost.length === 0 || state.step === 0) return {};
		const before = states.at(state.step - 1);
		const result: Record<string, QueueItem[]> = {};
		for (const change of lost) {
			const item = before.queues.find(queue => queue.id === change.queue)?.items.find(candidate => candidate.id === change.itemId);
			if (item) (result[change.queue] ??= []).push(item);
		}
		return result;
	}, [states, step, state.step]);
	const wroteNow = plan.nextMarker('output', state.step - 1) === state.step;
	const cache = useMemo(() => new SectionCache(), [plan, theme]);
	const screen = renderStepper({plan, state, step, removed, sourceLines, wroteNow, size, theme, cache});
	context.current = {
		plan,
		panes: ['source', 'console', 'stack', ...plan.meta.queues.map(queue => queue.id)],
		scrollLimits: screen.scrollLimits,
		pageSizes: screen.pageSizes,
		sourceLines: sourceLines.length,
		helpScrollLimit: screen.helpScrollLimit,
	};
	// A layout effect, so quitting does not wait for React's passive-effect flush.
	useLayoutEffect(() => {
		if (state.quit) onQuit();
	}, [state.quit, onQuit]);
	return <ThemeProvider value={theme}>{screen.element}</ThemeProvider>;
}
