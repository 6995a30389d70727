import type {Glyphs} from '../theme.js';
import type {Command} from './commands.js';
import type {KeyName, NamedKey} from './key-name.js';

/** Which keys run which command, in the order the help overlay lists them. */
export const keymap: ReadonlyArray<{readonly command: Command; readonly keys: readonly KeyName[]}> = [
	{command: 'stepForward', keys: ['right', 'l', 'n']},
	{command: 'stepBack', keys: ['left', 'h', 'N']},
	{command: 'nextCallback', keys: [']']},
	{command: 'previousCallback', keys: ['[']},
	{command: 'nextIteration', keys: ['}']},
	{command: 'previousIteration', keys: ['{']},
	{command: 'nextOutput', keys: ['o']},
	{command: 'nextTimer', keys: ['t']},
	{command: 'first', keys: ['g', 'home']},
	{command: 'last', keys: ['G', 'end']},
	{command: 'goToStep', keys: [':']},
	{command: 'togglePlay', keys: ['space']},
	{command: 'faster', keys: ['+', '=']},
	{command: 'slower', keys: ['-', '_']},
	{command: 'toggleBreakpoint', keys: ['b']},
	{command: 'continueForward', keys: ['c']},
	{command: 'continueBackward', keys: ['C']},
	{command: 'focusNext', keys: ['tab']},
	{command: 'focusPrevious', keys: ['shiftTab']},
	{command: 'scrollUp', keys: ['up', 'k']},
	{command: 'scrollDown', keys: ['down', 'j']},
	{command: 'pageUp', keys: ['pageUp']},
	{command: 'pageDown', keys: ['pageDown']},
	{command: 'help', keys: ['?']},
	{command: 'closeOverlay', keys: ['escape']},
	{command: 'quit', keys: ['q', 'ctrlC']},
];

const commandByKey = new Map<KeyName, Command>(keymap.flatMap(({command, keys}) => keys.map(key => [key, command] as const)));

export function commandFor(key: KeyName): Command | undefined {
	return commandByKey.get(key);
}

export function keysFor(command: Command): readonly KeyName[] {
	return keymap.find(binding => binding.command === command)?.keys ?? [];
}

/** How a key is written on screen; arrows follow the theme so `--ascii` never shows `→`. */
export function keyLabel(key: KeyName, glyphs: Glyphs): string {
	const named: Record<NamedKey, string> = {
		right: glyphs.right,
		left: glyphs.left,
		up: glyphs.up,
		down: glyphs.down,
		pageUp: 'PgUp',
		pageDown: 'PgDn',
		home: 'Home',
		end: 'End',
		tab: 'Tab',
		shiftTab: 'S-Tab',
		escape: 'Esc',
		return: 'Enter',
		backspace: 'Bksp',
		space: 'space',
		ctrlC: 'Ctrl-C',
	};
	return (named as Record<string, string>)[key] ?? key;
}
