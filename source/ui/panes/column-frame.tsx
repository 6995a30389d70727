import {Box, Text} from 'ink';
import {useMemo, type ReactNode} from 'react';
import {useTheme} from '../theme-context.js';
import {fit} from '../format/printable.js';

export interface FramedSection {
	readonly id: string;
	readonly title: string;
	/** Kept whole when the title is cut to fit, e.g. an item count `(3)`. */
	readonly badge?: string;
	readonly focused: boolean;
	/** Content rows; the pane is exactly this tall whatever `lines` holds. */
	readonly rows: number;
	/** One node per line, at most `rows`. */
	readonly lines: readonly ReactNode[];
}

/**
 * Draws a column of panes that share their borders: each title sits in the line that separates it
 * from the pane above. Sizes are exact, so the column is as tall as the layout says and no taller.
 */
export function ColumnFrame({width, sections}: {width: number; sections: readonly FramedSection[]}) {
	const {box, colors} = useTheme();
	const inner = width - 2;
	// Only the side borders: Ink draws them in one pass per pane, far cheaper than two glyphs per line.
	// The style object must stay the same between renders: Ink re-applies a changed borderStyle
	// without its borderTop={false}, which would shift every pane down a row.
	const sides = useMemo(() => ({topLeft: '', top: '', topRight: '', left: box.vertical, right: box.vertical, bottomLeft: '', bottom: '', bottomRight: ''}), [box]);
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			{sections.map((section, at) => (
				<Box key={section.id} flexDirection="column" width={width}>
					<TitleLine width={width} title={section.title} badge={section.badge} focused={section.focused} first={at === 0} />
					<Box
						flexDirection="column"
						width={width}
						height={section.rows}
						borderStyle={sides}
						borderTop={false}
						borderBottom={false}
						borderColor={colors.border}
					>
						{section.lines.slice(0, section.rows)}
					</Box>
				</Box>
			))}
			<Text color={colors.border}>{box.bottomLeft + box.horizontal.repeat(Math.max(0, inner)) + box.bottomRight}</Text>
		</Box>
	);
}

/** `╭─ Source ───╮` or, focused, `├─[Console]──┤`: focus shows by brackets and bold, not colour alone. */
function TitleLine({width, title, badge, focused, first}: {width: number; title: string; badge: string | undefined; focused: boolean; first: boolean}) {
	const {box, colors, glyphs} = useTheme();
	const inner = width - 2;
	const suffix = badge === undefined ? '' : ` ${badge}`;
	const text = fit(title, Math.max(0, inner - 3 - suffix.length), glyphs.ellipsis) + suffix;
	const label = (focused ? `[${text}]` : ` ${text} `).slice(0, Math.max(0, inner - 1));
	const rest = Math.max(0, inner - 1 - label.length);
	return (
		<Text>
			<Text color={colors.border}>{(first ? box.topLeft : box.teeLeft) + box.horizontal}</Text>
			<Text bold color={focused ? colors.focus : colors.title}>
				{label}
			</Text>
			<Text color={colors.border}>{box.horizontal.repeat(rest) + (first ? box.topRight : box.teeRight)}</Text>
		</Text>
	);
}
