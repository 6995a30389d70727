import {Text} from 'ink';
import type {Frame} from '../../plan/index.js';
import type {Theme} from '../theme.js';
import {fit, printable} from '../format/printable.js';
import type {FramedSection} from './column-frame.js';

export interface StackPaneInput {
	/** Bottom to top, as the plan gives them. */
	readonly frames: readonly Frame[];
	/** True when the top frame was pushed by this very step. */
	readonly topIsNew: boolean;
	readonly rows: number;
	/** Columns inside the pane's borders. */
	readonly width: number;
	readonly scroll: number;
	readonly focused: boolean;
}

/** The call stack drawn top first, like every debugger; each frame with the line it is at. */
export function stackSection(input: StackPaneInput, theme: Theme): FramedSection {
	const {glyphs, colors} = theme;
	const topFirst = [...input.frames].reverse();
	const visible = topFirst.slice(input.scroll, input.scroll + input.rows);
	const lines = visible.map((frame, row) => {
		const isTop = input.scroll + row === 0;
		const marker = isTop && input.topIsNew ? glyphs.enqueued : ' ';
		const suffix = frame.line > 0 ? ` :${frame.line}` : '';
		return (
			<Text key={row} wrap="truncate-end">
				<Text color={colors.enqueued} bold>
					{marker}
				</Text>
				<Text bold={isTop}>{fit(printable(frame.name), input.width - 1 - suffix.length, glyphs.ellipsis)}</Text>
				<Text color={colors.muted}>{suffix}</Text>
			</Text>
		);
	});
	if (topFirst.length === 0) lines.push(<Text key="empty" color={colors.muted} dimColor={!theme.color}> (empty)</Text>);
	return {id: 'stack', title: 'Call Stack', badge: `(${input.frames.length})`, focused: input.focused, rows: input.rows, lines};
}

