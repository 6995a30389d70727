import {Text} from 'ink';
import type {Theme} from '../theme.js';
import {formatClock} from '../format/format-clock.js';
import {printable} from '../format/printable.js';
import type {FramedSection} from './column-frame.js';

export interface ClockPaneInput {
	readonly clock: number;
	readonly clockUnit: 'ms' | 's';
	/** What the loop is doing, e.g. `timers`; empty before the loop starts. */
	readonly phase: string;
	readonly rows: number;
}

/** The virtual clock and the loop phase, on one line. */
export function clockSection(input: ClockPaneInput, theme: Theme): FramedSection {
	const {glyphs, colors} = theme;
	const line = (
		<Text key="clock" wrap="truncate-end">
			<Text bold>{` ${formatClock(input.clock, input.clockUnit)}`}</Text>
			<Text color={colors.muted}>{` ${glyphs.separator} phase: `}</Text>
			<Text>{input.phase === '' ? '-' : printable(input.phase)}</Text>
		</Text>
	);
	return {id: 'clock', title: 'Clock', focused: false, rows: input.rows, lines: [line]};
}
