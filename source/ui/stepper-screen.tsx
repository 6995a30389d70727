import {Box} from 'ink';
import type {ReactElement} from 'react';
import type {Plan, QueueItem, StepState} from '../plan/index.js';
import {computeLayout, minimumSize, type SectionBox, type TerminalSize} from './layout.js';
import type {Theme} from './theme.js';
import {helpSection} from './overlays/help-overlay.js';
import {clockSection} from './panes/clock-pane.js';
import {ColumnFrame, type FramedSection} from './panes/column-frame.js';
import {consoleSection} from './panes/console-pane.js';
import {NarrationLine} from './panes/narration-line.js';
import {queueDemand, queueSection} from './panes/queue-pane.js';
import type {SectionCache} from './panes/section-cache.js';
import {sourceSection} from './panes/source-pane.js';
import {stackSection} from './panes/stack-pane.js';
import {StatusBar} from './panes/status-bar.js';
import {TooSmall} from './too-small.js';
import type {ViewerState} from './viewer/viewer-state.js';

export interface StepperView {
	readonly plan: Plan;
	readonly state: ViewerState;
	/** The plan's state at `state.step`. */
	readonly step: StepState;
	/** Items each queue lost in this step, looked up in the step before. */
	readonly removed: Readonly<Record<string, readonly QueueItem[]>>;
	/** The program's lines, printable. */
	readonly sourceLines: readonly string[];
	readonly wroteNow: boolean;
	readonly size: TerminalSize;
	readonly theme: Theme;
	/** The panes built for earlier frames of this plan, reused while unchanged. */
	readonly cache: SectionCache;
}

export interface StepperScreen {
	readonly element: ReactElement;
	/** What the keys need to know about the screen just drawn. */
	readonly scrollLimits: Readonly<Record<string, number>>;
	readonly pageSizes: Readonly<Record<string, number>>;
	readonly helpScrollLimit: number;
}

/** Lays out one step: the pane columns (or help), the narration and the status bar, never taller than `rows - 1`. */
export function renderStepper(view: StepperView): StepperScreen {
	const {plan, state, step, size, theme} = view;
	const meta = plan.meta;
	const demand: Record<string, number> = {source: view.sourceLines.length, stack: step.stack.length};
	for (const queue of step.queues) demand[queue.id] = queueDemand(queue, view.removed[queue.id] ?? []);
	const layout = computeLayout(size, meta, demand);
	if (!layout) {
		return {element: <TooSmall size={size} minimum={minimumSize(meta)} />, scrollLimits: {}, pageSizes: {}, helpScrollLimit: 0};
	}
	const scrollLimits: Record<string, number> = {};
	const pageSizes: Record<string, number> = {};
	let body: ReactElement;
	let helpScrollLimit = 0;
	if (state.overlay === 'help') {
		const help = helpSection(layout.width, layout.paneRows - 2, state.helpScroll, theme);
		helpScrollLimit = help.scrollLimit;
		body = <ColumnFrame width={layout.width} sections={[help.section]} />;
	} else {
		body = (
			<Box height={layout.paneRows}>
				{layout.columns.map(column => (
					<ColumnFrame
						key={column.sections[0]!.id}
						width={column.width}
						sections={column.sections.map(box => section(view, box, column.width - 2, scrollLimits, pageSizes))}
					/>
				))}
			</Box>
		);
	}
	const narration = step.kind === 'end' && plan.outcome.stopped ? `${step.narration} (${plan.outcome.stopped.message})` : step.narration;
	// No overflow clipping: every pane is cut to its size when built, and clipping would make Ink
	// slice every line it writes.
	const element = (
		<Box flexDirection="column" width={layout.width} height={layout.height}>
			{body}
			<NarrationLine text={narration} width={layout.width} rows={layout.narrationRows} />
			<StatusBar state={state} length={plan.length} clock={step.clock} clockUnit={meta.clockUnit} width={layout.width} />
		</Box>
	);
	return {element, scrollLimits, pageSizes, helpScrollLimit};
}

/** Builds one pane (or reuses it) and notes how far it can scroll and how far a page moves in it. */
function section(view: StepperView, box: SectionBox, width: number, scrollLimits: Record<string, number>, pageSizes: Record<string, number>): FramedSection {
	const {state, step, theme, plan, cache} = view;
	const {id, rows} = box;
	const scroll = state.scroll[id] ?? 0;
	const focused = state.focus === id;
	const shape = `${rows}|${width}|${scroll}|${focused}`;
	pageSizes[id] = Math.max(1, rows - 1);
	switch (id) {
		case 'source': {
			const breakpoints = [...state.breakpoints].join(',');
			return cache.get(id, `${shape}|${step.line}|${state.sourceCursor}|${breakpoints}`, () =>
				sourceSection(
					{
						title: `Source ${theme.glyphs.separator} ${baseName(plan.meta.file)}`,
						lines: view.sourceLines,
						current: step.line,
						cursor: state.sourceCursor,
						breakpoints: state.breakpoints,
						rows,
						width,
						focused,
					},
					theme,
				),
			);
		}
		case 'console': {
			// Output only grows, so its length says what is in it.
			const console = cache.get(id, `${shape}|${view.wroteNow}|${step.console.length}`, () =>
				consoleSection({chunks: step.console, wroteNow: view.wroteNow, rows, scroll, focused}, theme),
			);
			scrollLimits[id] = console.scrollLimit;
			return console.section;
		}
		case 'clock':
			return cache.get(id, `${rows}|${step.clock}|${step.phase}`, () => clockSection({clock: step.clock, clockUnit: plan.meta.clockUnit, phase: step.phase, rows}, theme));
		case 'stack': {
			scrollLimits[id] = Math.max(0, step.stack.length - rows);
			const topIsNew = step.kind === 'call' || step.kind === 'callback';
			const frames = step.stack.map(frame => `${frame.name}\u0000${frame.line}`).join('\u0000');
			return cache.get(id, `${shape}|${topIsNew}|${frames}`, () => stackSection({frames: step.stack, topIsNew, rows, width, scroll, focused}, theme));
		}
		default: {
			const queue = step.queues.find(candidate => candidate.id === id)!;
			const removed = view.removed[id] ?? [];
			scrollLimits[id] = Math.max(0, queueDemand(queue, removed) - rows);
			const changes = step.changes.filter(change => change.queue === id);
			// Countdowns read the clock only when an item has a due time.
			const clock = queue.items.some(item => item.due !== undefined) ? step.clock : '';
			const key = [shape, clock, itemsKey(queue.items), itemsKey(removed), changes.map(change => `${change.itemId}${change.change}`).join(',')].join('|');
			return cache.get(id, key, () => queueSection({queue, removed, changes: step.changes, clock: step.clock, clockUnit: plan.meta.clockUnit, rows, width, scroll, focused}, theme));
		}
	}
}

function itemsKey(items: readonly QueueItem[]): string {
	return items.map(item => `${item.id}\u0000${item.label}\u0000${item.due}\u0000${item.note}`).join('\u0000');
}

function baseName(file: string): string {
	return file.split(/[\\/]/).pop() || file;
}
