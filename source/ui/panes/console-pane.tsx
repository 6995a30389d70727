import {Text} from 'ink';
import type {ConsoleChunk} from '../../plan/index.js';
import type {Theme} from '../theme.js';
import {tailLines} from '../format/console-lines.js';
import {printable} from '../format/printable.js';
import type {FramedSection} from './column-frame.js';

export interface ConsolePaneInput {
	readonly chunks: readonly ConsoleChunk[];
	/** True when this step wrote, so the newest line is marked. */
	readonly wroteNow: boolean;
	readonly rows: number;
	/** Lines scrolled back from the newest. */
	readonly scroll: number;
	readonly focused: boolean;
}

export interface ConsoleView {
	readonly section: FramedSection;
	/** How much further back it can scroll from here. */
	readonly scrollLimit: number;
}

/**
 * The newest lines the program printed. stderr lines carry `!` in the gutter as well as their colour.
 * Only the lines on screen (plus a page, to know how far it can scroll) are ever split out.
 */
export function consoleSection(input: ConsolePaneInput, theme: Theme): ConsoleView {
	const {rows, scroll} = input;
	const {glyphs, colors} = theme;
	const lines = tailLines(input.chunks, rows + scroll + rows);
	const end = Math.max(0, lines.length - scroll);
	const shown = lines.slice(Math.max(0, end - rows), end);
	const rendered = shown.map((line, row) => {
		const newest = input.wroteNow && scroll === 0 && row === shown.length - 1;
		return (
			<Text key={row} wrap="truncate-end">
				<Text color={line.stderr ? colors.stderr : colors.enqueued} bold>
					{line.stderr ? glyphs.stderr : newest ? glyphs.enqueued : ' '}
				</Text>
				<Text color={line.stderr ? colors.stderr : undefined}> {printable(line.text)}</Text>
			</Text>
		);
	});
	const title = scroll > 0 ? `Console (${scroll} back)` : 'Console';
	return {
		section: {id: 'console', title, focused: input.focused, rows, lines: rendered},
		scrollLimit: Math.max(0, lines.length - rows),
	};
}
