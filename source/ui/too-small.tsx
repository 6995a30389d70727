import {Box, Text} from 'ink';
import type {TerminalSize} from './layout.js';
import {useTheme} from './theme-context.js';

/** Shown instead of a broken picture when the panes cannot fit. */
export function TooSmall({size, minimum}: {size: TerminalSize; minimum: TerminalSize}) {
	const {colors} = useTheme();
	const width = Math.max(1, size.columns);
	return (
		<Box flexDirection="column" width={width} height={Math.max(1, size.rows - 1)} overflow="hidden">
			<Text wrap="truncate-end" bold color={colors.notice}>
				{`terminal too small (${size.columns}×${size.rows})`}
			</Text>
			<Text wrap="truncate-end">{`need ${minimum.columns}×${minimum.rows}; q quits`}</Text>
		</Box>
	);
}
