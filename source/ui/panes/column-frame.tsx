import {Box, Text} from 'ink';
import {memo, useMemo, type ReactNode} from 'react';
import type {BoxCharacters} from '../theme.js';
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
 *
 * Every rule is an Ink border, drawn by repeating one character, and only the title text is written
 * over it: a rule written as text would be measured glyph by glyph (string-width's slow path for
 * anything outside ASCII), which cost more than the rest of the frame.
 */
export function ColumnFrame({width, sections}: {width: number; sections: readonly FramedSection[]}) {
	const {box} = useTheme();
	const styles = useMemo(() => sectionStyles(box), [box]);
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			{sections.map((section, at) => (
				<Section
					key={section.id}
					section={section}
					width={width}
					style={at === 0 ? styles.first : styles.below}
					last={at === sections.length - 1}
				/>
			))}
		</Box>
	);
}

type BorderStyle = {topLeft: string; top: string; topRight: string; left: string; right: string; bottomLeft: string; bottom: string; bottomRight: string};

/**
 * One border style for the top pane (round corners) and one for the panes below it (tees). They are
 * made once per theme: Ink re-applies a changed borderStyle object without its border sides, which
 * would shift the panes.
 */
function sectionStyles(box: BoxCharacters): {first: BorderStyle; below: BorderStyle} {
	const common = {top: box.horizontal, left: box.vertical, right: box.vertical, bottomLeft: box.bottomLeft, bottom: box.horizontal, bottomRight: box.bottomRight};
	return {
		first: {...common, topLeft: box.topLeft, topRight: box.topRight},
		below: {...common, topLeft: box.teeLeft, topRight: box.teeRight},
	};
}

/**
 * A pane: its rule (the title line) on top, side borders, content, and the bottom rule when it is
 * the last. `memo`: a section reused from the cache (an unchanged pane) is not rendered again.
 */
const Section = memo(function Section({section, width, style, last}: {section: FramedSection; width: number; style: BorderStyle; last: boolean}) {
	const {colors} = useTheme();
	return (
		<Box
			flexDirection="column"
			width={width}
			height={section.rows + (last ? 2 : 1)}
			borderStyle={style}
			borderBottom={last}
			borderColor={colors.border}
		>
			<Title width={width} title={section.title} badge={section.badge} focused={section.focused} />
			{section.lines.slice(0, section.rows)}
		</Box>
	);
});

/** ` Source ` or, focused, `[Console]`, written over the rule: focus shows by brackets and bold, not colour alone. */
const Title = memo(function Title({width, title, badge, focused}: {width: number; title: string; badge: string | undefined; focused: boolean}) {
	const {colors, glyphs} = useTheme();
	const inner = width - 2;
	const suffix = badge === undefined ? '' : ` ${badge}`;
	const text = fit(title, Math.max(0, inner - 3 - suffix.length), glyphs.ellipsis) + suffix;
	const label = (focused ? `[${text}]` : ` ${text} `).slice(0, Math.max(0, inner - 1));
	// One row up, into the border row, and one column in, after the corner's rule.
	return (
		<Box marginTop={-1} marginLeft={1} height={1} flexShrink={0}>
			<Text bold color={focused ? colors.focus : colors.title}>
				{label}
			</Text>
		</Box>
	);
});
