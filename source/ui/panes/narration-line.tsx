import {Box, Text} from 'ink';
import {useTheme} from '../theme-context.js';
import {printable} from '../format/printable.js';

/** Why this step happened, in the plan's own words, wrapped to the rows it has. */
export function NarrationLine({text, width, rows}: {text: string; width: number; rows: number}) {
	const {colors} = useTheme();
	return (
		<Box width={width} height={rows} overflow="hidden" paddingX={1}>
			<Text color={colors.narration} wrap="wrap">
				{printable(text)}
			</Text>
		</Box>
	);
}
