import {Text} from 'ink';
import type {Theme} from '../theme.js';
import {fit} from '../format/printable.js';
import type {FramedSection} from './column-frame.js';

export interface SourcePaneInput {
	readonly title: string;
	/** The program's lines, already made printable. */
	readonly lines: readonly string[];
	/** The line executing now (0 while the loop itself acts). */
	readonly current: number;
	readonly cursor: number | undefined;
	readonly breakpoints: ReadonlySet<number>;
	readonly rows: number;
	/** Columns inside the pane's borders. */
	readonly width: number;
	readonly focused: boolean;
}

/**
 * The program with line numbers. The current line carries a marker and is drawn inverse, breakpoints
 * a mark of their own, so all three survive a terminal without colour.
 */
export function sourceSection(input: SourcePaneInput, theme: Theme): FramedSection {
	const {lines, current, cursor, breakpoints, rows, width} = input;
	const {glyphs, colors} = theme;
	const anchor = cursor ?? (current > 0 ? current : 1);
	const top = Math.min(Math.max(anchor - Math.floor(rows / 3), 1), Math.max(1, lines.length - rows + 1));
	const numberWidth = String(lines.length).length;
	const codeWidth = Math.max(0, width - numberWidth - 3);
	const rendered = [];
	for (let row = 0; row < rows; row++) {
		const number = top + row;
		if (number > lines.length) break;
		const isCurrent = number === current;
		const isCursor = input.focused && number === cursor && !isCurrent;
		const pointer = isCurrent ? glyphs.currentLine : isCursor ? glyphs.cursor : ' ';
		const code = fit(lines[number - 1]!, codeWidth, glyphs.ellipsis);
		rendered.push(
			<Text key={row} wrap="truncate-end">
				<Text color={colors.breakpoint} bold>
					{breakpoints.has(number) ? glyphs.breakpoint : ' '}
				</Text>
				<Text color={isCurrent ? colors.currentLine : colors.focus} bold>
					{pointer}
				</Text>
				<Text color={isCurrent ? undefined : colors.muted}>{String(number).padStart(numberWidth)} </Text>
				<Text inverse={isCurrent} bold={isCurrent} underline={isCursor}>
					{isCurrent ? code.padEnd(codeWidth) : code}
				</Text>
			</Text>,
		);
	}
	return {id: 'source', title: input.title, focused: input.focused, rows, lines: rendered};
}
