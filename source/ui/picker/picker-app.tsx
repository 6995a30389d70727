import {Box, Text, useInput, useStdin} from 'ink';
import SelectInput from 'ink-select-input';
import {useCallback, useMemo, useState} from 'react';
import type {Plan} from '../../plan/index.js';
import {StepperApp} from '../app.js';
import type {TerminalSize} from '../layout.js';
import type {Theme} from '../theme.js';
import {ThemeProvider} from '../theme-context.js';
import {fit, printable} from '../format/printable.js';
import type {PickerEntry} from './picker-entry.js';

export interface PickerAppProps {
	readonly examples: readonly PickerEntry[];
	readonly load: (path: string) => Promise<Plan>;
	readonly size: TerminalSize;
	readonly theme: Theme;
	readonly onQuit: () => void;
}

/** The examples list: Enter opens one in the stepper, `q` there comes back here, `q` here quits. */
export function PickerApp({examples, load, size, theme, onQuit}: PickerAppProps) {
	const [opened, setOpened] = useState<Plan | undefined>(undefined);
	const [highlighted, setHighlighted] = useState(0);
	const [failure, setFailure] = useState<string | undefined>(undefined);
	const {isRawModeSupported} = useStdin();
	const close = useCallback(() => setOpened(undefined), []);
	const onList = useCallback(
		(input: string) => {
			if (input === 'q') onQuit();
		},
		[onQuit],
	);
	useInput(onList, {isActive: isRawModeSupported === true && opened === undefined});
	// One row per example, cut to the width; stable, since SelectInput resets its selection when the items change.
	const labelWidth = size.columns - 4;
	const items = useMemo(
		() => examples.map((entry, index) => ({key: entry.file, label: fit(printable(`${entry.title}  (${entry.file})`), labelWidth, theme.glyphs.ellipsis), value: index})),
		[examples, labelWidth, theme],
	);
	if (opened) return <StepperApp plan={opened} breakpoints={[]} size={size} theme={theme} onQuit={close} />;

	const open = (index: number) => {
		setFailure(undefined);
		load(examples[index]!.path).then(setOpened, (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
	};
	const {colors, glyphs} = theme;
	const failureRows = failure === undefined ? 0 : 3;
	// Title, blank, list, blank, two lesson rows, the failure, blank, keys: never taller than rows - 1.
	const limit = Math.max(1, Math.min(items.length, size.rows - 1 - 7 - failureRows));
	const lesson = examples[highlighted]?.lesson ?? '';
	return (
		<ThemeProvider value={theme}>
			<Box flexDirection="column" width={size.columns} height={Math.max(1, size.rows - 1)} paddingX={1}>
				<Text bold color={colors.title} wrap="truncate-end">
					loopstep {glyphs.separator} pick an example to step through
				</Text>
				<Text> </Text>
				<SelectInput items={items} limit={limit} initialIndex={highlighted} onHighlight={item => setHighlighted(item.value)} onSelect={item => open(item.value)} />
				<Text> </Text>
				<Box height={2} overflow="hidden">
					<Text wrap="wrap" color={colors.narration}>
						{printable(lesson)}
					</Text>
				</Box>
				{failure === undefined ? null : (
					<Box height={failureRows} overflow="hidden">
						<Text wrap="wrap" color={colors.stderr}>
							{failure.split('\n').slice(0, failureRows).map(line => printable(line)).join('\n')}
						</Text>
					</Box>
				)}
				<Text> </Text>
				<Text color={colors.muted} wrap="truncate-end">
					{`${glyphs.up}${glyphs.down} choose ${glyphs.separator} Enter open ${glyphs.separator} q quit (q in the stepper comes back here)`}
				</Text>
			</Box>
		</ThemeProvider>
	);
}
