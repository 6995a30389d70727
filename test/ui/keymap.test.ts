import type {Key} from 'ink';
import {describe, expect, test} from 'vitest';
import {commands, type Command} from '../../source/ui/keys/commands.js';
import {helpLines} from '../../source/ui/keys/help-lines.js';
import {commandFor, keymap} from '../../source/ui/keys/keymap.js';
import {readKeys} from '../../source/ui/keys/read-keys.js';
import {decideTheme} from '../../source/ui/theme.js';

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

describe('keymap', () => {
	test('every command has at least one key and no key does two things', () => {
		const bound = new Set(keymap.map(binding => binding.command));
		for (const command of Object.keys(commands) as Command[]) expect(bound.has(command), command).toBe(true);
		const keys = keymap.flatMap(binding => binding.keys);
		expect(new Set(keys).size).toBe(keys.length);
	});

	test('the keys of issue 5 are bound to what the issue says', () => {
		const expected: Record<string, Command> = {
			right: 'stepForward',
			l: 'stepForward',
			n: 'stepForward',
			left: 'stepBack',
			h: 'stepBack',
			N: 'stepBack',
			']': 'nextCallback',
			'[': 'previousCallback',
			'}': 'nextIteration',
			'{': 'previousIteration',
			o: 'nextOutput',
			t: 'nextTimer',
			g: 'first',
			G: 'last',
			space: 'togglePlay',
			'+': 'faster',
			'-': 'slower',
			':': 'goToStep',
			b: 'toggleBreakpoint',
			c: 'continueForward',
			C: 'continueBackward',
			tab: 'focusNext',
			up: 'scrollUp',
			down: 'scrollDown',
			k: 'scrollUp',
			j: 'scrollDown',
			pageUp: 'pageUp',
			pageDown: 'pageDown',
			'?': 'help',
			q: 'quit',
			escape: 'closeOverlay',
		};
		for (const [key, command] of Object.entries(expected)) expect(commandFor(key), key).toBe(command);
	});

	test('the help lines are generated from the keymap: one line per binding, all keys shown', () => {
		const theme = decideTheme({color: false, ascii: false}, {LANG: 'C.UTF-8'});
		const lines = helpLines(theme.glyphs).filter(line => line.kind === 'binding');
		expect(lines).toHaveLength(keymap.length);
		expect(lines[0]).toEqual({kind: 'binding', keys: '→ l n', help: commands.stepForward.help});
		const ascii = helpLines(decideTheme({color: false, ascii: true}, {}).glyphs);
		expect(ascii.find(line => line.kind === 'binding')).toMatchObject({keys: 'Right l n'});
	});
});

describe('reading keys', () => {
	test('a held or pasted burst becomes one key per character', () => {
		expect(readKeys('lll', noKey)).toEqual(['l', 'l', 'l']);
		expect(readKeys('l h', noKey)).toEqual(['l', 'space', 'h']);
	});
	test('special keys come from the key flags', () => {
		expect(readKeys('', {...noKey, rightArrow: true})).toEqual(['right']);
		expect(readKeys('', {...noKey, tab: true, shift: true})).toEqual(['shiftTab']);
		expect(readKeys('c', {...noKey, ctrl: true})).toEqual(['ctrlC']);
		expect(readKeys('', {...noKey, escape: true, meta: true})).toEqual(['escape']);
		expect(readKeys('', {...noKey, pageDown: true})).toEqual(['pageDown']);
	});
	test('Esc arriving together with the next key (read as Alt-key) is both keys', () => {
		expect(readKeys('G', {...noKey, meta: true, shift: true})).toEqual(['escape', 'G']);
	});
	test('other control combinations do nothing', () => {
		expect(readKeys('x', {...noKey, ctrl: true})).toEqual([]);
	});
});
