import {Box, Text} from 'ink';
import type {ReactElement} from 'react';
import type {Theme} from '../theme.js';
import {helpLines, markLegend, type HelpLine} from '../keys/help-lines.js';
import type {FramedSection} from '../panes/column-frame.js';

export interface HelpView {
	readonly section: FramedSection;
	readonly scrollLimit: number;
}

/** Every key, from the keymap, in two columns when there is room, with the legend of marks below. */
export function helpSection(width: number, rows: number, scroll: number, theme: Theme): HelpView {
	const {colors, glyphs} = theme;
	const inner = width - 2;
	const lines = helpLines(glyphs);
	const keyWidth = Math.max(...lines.map(line => (line.kind === 'binding' ? line.keys.length : 0))) + 2;
	const columns = inner >= 76 ? 2 : 1;
	const columnWidth = Math.floor(inner / columns);
	const legendRows = rows > 6 ? 1 : 0;
	const available = Math.max(1, rows - legendRows);
	const split = columns === 2 ? groupSplit(lines) : lines.length;
	const columnLines = columns === 2 ? [lines.slice(0, split), lines.slice(split)] : [lines];
	const perColumn = Math.max(...columnLines.map(column => column.length));
	const scrollLimit = Math.max(0, perColumn - available);
	const top = Math.min(scroll, scrollLimit);
	const cell = (line: HelpLine | undefined, key: string): ReactElement => (
		<Box key={key} width={columnWidth}>
			{line === undefined ? (
				<Text> </Text>
			) : line.kind === 'group' ? (
				<Text bold underline color={colors.title}>
					{` ${line.title}`}
				</Text>
			) : (
				<Text wrap="truncate-end">
					<Text color={colors.key} bold>
						{` ${line.keys.padEnd(keyWidth)}`}
					</Text>
					<Text>{line.help}</Text>
				</Text>
			)}
		</Box>
	);
	const rendered: ReactElement[] = [];
	for (let row = 0; row < Math.min(available, perColumn - top); row++) {
		const cells = [];
		for (let column = 0; column < columns; column++) cells.push(cell(columnLines[column]![top + row], `${column}`));
		rendered.push(<Box key={row}>{cells}</Box>);
	}
	if (legendRows > 0) {
		rendered.push(
			<Box key="gap" height={available - rendered.length} />,
			<Text key="legend" wrap="truncate-end" color={colors.muted}>
				{markLegend(glyphs)}
			</Text>,
		);
	}
	const title = `Keys ${glyphs.separator} Esc or ? closes${scrollLimit > 0 ? ` ${glyphs.separator} ${glyphs.up}${glyphs.down} scroll` : ''}`;
	return {section: {id: 'help', title, focused: true, rows, lines: rendered}, scrollLimit};
}

/** Where to break the help into two columns: the group boundary that balances them best. */
function groupSplit(lines: readonly HelpLine[]): number {
	let best = lines.length;
	for (let at = 1; at < lines.length; at++) {
		if (lines[at]!.kind !== 'group') continue;
		if (Math.max(at, lines.length - at) < Math.max(best, lines.length - best)) best = at;
	}
	return best;
}
