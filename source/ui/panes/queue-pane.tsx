import {Text} from 'ink';
import type {ReactElement} from 'react';
import type {QueueChange, QueueItem, QueueState} from '../../plan/index.js';
import type {Theme} from '../theme.js';
import {formatCountdown} from '../format/format-clock.js';
import {fit, printable} from '../format/printable.js';
import type {FramedSection} from './column-frame.js';

export interface QueuePaneInput {
	readonly queue: QueueState;
	/** Items this step took out of the queue, still shown once (marked) so the move is visible. */
	readonly removed: readonly QueueItem[];
	readonly changes: readonly QueueChange[];
	readonly clock: number;
	readonly clockUnit: 'ms' | 's';
	readonly rows: number;
	/** Columns inside the pane's borders. */
	readonly width: number;
	readonly scroll: number;
	readonly focused: boolean;
}

/** How many lines a queue would like: its items plus the ones that just left it. */
export function queueDemand(queue: QueueState, removed: readonly QueueItem[]): number {
	return queue.items.length + removed.length;
}

/**
 * One queue, front first. Items that moved this step carry `+` (entered), `~` (changed) or `-`
 * (left), so the move reads without colour; timers count down to their due time against the clock.
 */
export function queueSection(input: QueuePaneInput, theme: Theme): FramedSection {
	const {queue, rows, clock, clockUnit} = input;
	const {glyphs, colors} = theme;
	const changed = new Map<number, QueueChange['change']>();
	for (const change of input.changes) if (change.queue === queue.id) changed.set(change.itemId, change.change);
	const entries: Array<{item: QueueItem; change: QueueChange['change'] | undefined}> = [
		...input.removed.map(item => ({item, change: 'removed' as const})),
		...queue.items.map(item => ({item, change: changed.get(item.id)})),
	];
	const scroll = Math.min(input.scroll, Math.max(0, entries.length - rows));
	const overflow = entries.length - scroll > rows;
	const shown = entries.slice(scroll, scroll + (overflow ? rows - 1 : rows));
	const lines: ReactElement[] = shown.map(({item, change}) => {
		const marker = change === 'enqueued' ? glyphs.enqueued : change === 'updated' ? glyphs.updated : change === 'removed' ? glyphs.removed : ' ';
		const markerColor = change === 'removed' ? colors.removed : colors.enqueued;
		const suffix = [item.note, item.due === undefined ? undefined : formatCountdown(item.due, clock, clockUnit)].filter(Boolean).join(' ');
		const [label, tail] = splitRow(printable(item.label), suffix === '' ? '' : ` ${printable(suffix)}`, input.width - 1, glyphs.ellipsis);
		return (
			<Text key={`${change ?? ''}${item.id}`} wrap="truncate-end">
				<Text color={markerColor} bold>
					{marker}
				</Text>
				<Text dimColor={change === 'removed'} strikethrough={change === 'removed'}>
					{label}
				</Text>
				<Text color={colors.muted}>{tail}</Text>
			</Text>
		);
	});
	if (overflow) {
		lines.push(
			<Text key="more" color={colors.muted}>
				{` ${glyphs.ellipsis} ${entries.length - scroll - shown.length} more`}
			</Text>,
		);
	}
	if (entries.length === 0) {
		lines.push(
			<Text key="empty" color={colors.muted}>
				{' (empty)'}
			</Text>,
		);
	}
	return {id: queue.id, title: queue.title, badge: `(${queue.items.length})`, focused: input.focused, rows, lines};
}

/** Fits a label and its suffix (due time, task state) in one row; the label keeps at least half of it. */
function splitRow(label: string, suffix: string, width: number, ellipsis: string): [string, string] {
	const labelWidth = Math.min(label.length, Math.max(width - suffix.length, Math.floor(width / 2)));
	return [fit(label, labelWidth, ellipsis), fit(suffix, width - Math.min(label.length, labelWidth), ellipsis)];
}
