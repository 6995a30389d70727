import type {Key} from 'ink';
import type {KeyName} from './key-name.js';

/**
 * Turns one `useInput` call into the keys it carries. Ink hands a held key or a paste over as one
 * string (`"lll"`), so printable input is split per character: no press is dropped.
 */
export function readKeys(input: string, key: Key): KeyName[] {
	if (key.ctrl && input === 'c') return ['ctrlC'];
	if (key.rightArrow) return ['right'];
	if (key.leftArrow) return ['left'];
	if (key.upArrow) return ['up'];
	if (key.downArrow) return ['down'];
	if (key.pageUp) return ['pageUp'];
	if (key.pageDown) return ['pageDown'];
	if (key.home) return ['home'];
	if (key.end) return ['end'];
	if (key.tab) return [key.shift ? 'shiftTab' : 'tab'];
	if (key.return) return ['return'];
	if (key.escape) return ['escape'];
	if (key.backspace || key.delete) return ['backspace'];
	if (key.ctrl) return [];
	// Esc and the next key can arrive as one chunk (`\x1bG`), which reads as Alt-G; loopstep binds no
	// Alt keys, so it is the Esc followed by the key.
	const keys: KeyName[] = key.meta ? ['escape'] : [];
	for (const character of input) {
		if (character === ' ') keys.push('space');
		else if (character === '\r' || character === '\n') keys.push('return');
		else if (character === '\t') keys.push('tab');
		else if (character === '\x7f' || character === '\b') keys.push('backspace');
		else if (character >= ' ') keys.push(character);
	}
	return keys;
}
