import {Box, Text} from 'ink';
import {useTheme} from '../theme-context.js';
import {formatClock} from '../format/format-clock.js';
import {formatCount} from '../../plan/index.js';
import {keyLabel, keysFor} from '../keys/keymap.js';
import type {Command} from '../keys/commands.js';
import {playSpeeds, type ViewerState} from '../viewer/viewer-state.js';

export interface StatusBarProps {
	readonly state: ViewerState;
	readonly length: number;
	readonly clock: number;
	readonly clockUnit: 'ms' | 's';
	readonly width: number;
}

/** The main keys in screen order, each with its priority: when space runs out, `? help` and `q quit` stay. */
const hints: ReadonlyArray<{command: Command; word: string; priority: number}> = [
	{command: 'stepForward', word: 'step', priority: 2},
	{command: 'stepBack', word: 'back', priority: 3},
	{command: 'togglePlay', word: 'play', priority: 4},
	{command: 'toggleBreakpoint', word: 'break', priority: 5},
	{command: 'help', word: 'help', priority: 0},
	{command: 'quit', word: 'quit', priority: 1},
];

/** `step 42/1,337  12 ms · ‖ 2/s` then the main keys, a notice, or the go-to prompt. */
export function StatusBar({state, length, clock, clockUnit, width}: StatusBarProps) {
	const {glyphs, colors} = useTheme();
	const play = `${state.playing ? glyphs.playing : glyphs.paused} ${playSpeeds[state.speedIndex]}/s`;
	const position = `step ${formatCount(state.step + 1)}/${formatCount(length)}`;
	const separator = ` ${glyphs.separator} `;
	const lead = ` ${position}  ${formatClock(clock, clockUnit)}${separator}${play}${separator}`;
	const labelled = hints.map(hint => ({...hint, label: keyLabel(keysFor(hint.command)[0]!, glyphs)}));
	const fitting = new Set<Command>();
	let room = width - lead.length;
	for (const hint of [...labelled].sort((a, b) => a.priority - b.priority)) {
		const cost = hint.label.length + hint.word.length + 3;
		if (cost > room) break;
		fitting.add(hint.command);
		room -= cost;
	}
	return (
		<Box width={width} height={1}>
			<Text wrap="truncate-end">
				<Text bold inverse>
					{` ${position} `}
				</Text>
				<Text>{` ${formatClock(clock, clockUnit)}${separator}`}</Text>
				<Text bold={state.playing}>{play}</Text>
				<Text>{separator}</Text>
				{state.overlay === 'goto' ? (
					<Text color={colors.notice} bold>
						{`go to step (1-${formatCount(length)}): ${state.goToText}_  Enter go, Esc cancel`}
					</Text>
				) : state.notice ? (
					<Text color={colors.notice} bold>
						{state.notice}
					</Text>
				) : (
					labelled
						.filter(hint => fitting.has(hint.command))
						.map(({command, word, label}) => (
							<Text key={command}>
								<Text color={colors.key} bold>
									{label}
								</Text>
								<Text>{` ${word}  `}</Text>
							</Text>
						))
				)}
			</Text>
		</Box>
	);
}
