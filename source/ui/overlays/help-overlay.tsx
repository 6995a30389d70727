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
	const perColumn = Math.ceil(lines.length / columns);
	const scrollLimit = Math.max(0, perColumn - available);
	const top = Math.min(scroll, scrollLimit);
	const cell = (line: HelpLine | undefined, key: string): ReactElement => (
		<Box key={key} width={columnWidth} overflow="hidden">
			{line === undefined ? (
				<Text> </Text>
			) : line.kind === 'group' ? (
				<Text bold underline color={colors.title}>
					{line.title}
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
		for (let column = 0; column < columns; column++) cells.push(cell(lines[column * perColumn + top + row], `${column}`));
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
