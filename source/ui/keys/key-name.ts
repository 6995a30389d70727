/**
 * A key as the keymap names it: one printable character (`l`, `N`, `]`) or a named key.
 * Named keys are the ones a terminal sends as escape sequences or control characters.
 */
export type NamedKey =
	| 'right'
	| 'left'
	| 'up'
	| 'down'
	| 'pageUp'
	| 'pageDown'
	| 'home'
	| 'end'
	| 'tab'
	| 'shiftTab'
	| 'escape'
	| 'return'
	| 'backspace'
	| 'space'
	| 'ctrlC';

/** `string & {}` keeps the named keys visible to completion while admitting any character. */
export type KeyName = NamedKey | (string & {});
