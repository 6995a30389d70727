/**
 * Everything the screen looks like, decided once per session: colour on or off, box characters and
 * marker glyphs. Components read tokens by meaning (`breakpoint`, `stderr`), never raw colours, so
 * turning colour off is one decision here rather than a condition in every pane.
 */

/** A colour name Ink understands; only the 16 named colours, so any terminal can show them. */
type NamedColor = 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'white' | 'gray';

/** Semantic colour tokens; `undefined` means "no colour", which is what every token is when colour is off. */
export interface ColorTokens {
	readonly focus: NamedColor | undefined;
	readonly border: NamedColor | undefined;
	readonly title: NamedColor | undefined;
	readonly currentLine: NamedColor | undefined;
	readonly breakpoint: NamedColor | undefined;
	readonly enqueued: NamedColor | undefined;
	readonly removed: NamedColor | undefined;
	readonly stderr: NamedColor | undefined;
	readonly muted: NamedColor | undefined;
	readonly narration: NamedColor | undefined;
	readonly notice: NamedColor | undefined;
	readonly key: NamedColor | undefined;
}

export interface BoxCharacters {
	readonly topLeft: string;
	readonly topRight: string;
	readonly bottomLeft: string;
	readonly bottomRight: string;
	readonly horizontal: string;
	readonly vertical: string;
	readonly teeLeft: string;
	readonly teeRight: string;
}

/** Markers that carry meaning without colour. */
export interface Glyphs {
	readonly currentLine: string;
	readonly cursor: string;
	readonly breakpoint: string;
	readonly enqueued: string;
	readonly removed: string;
	readonly updated: string;
	readonly started: string;
	readonly stderr: string;
	readonly playing: string;
	readonly paused: string;
	readonly ellipsis: string;
	readonly separator: string;
	readonly right: string;
	readonly left: string;
	readonly up: string;
	readonly down: string;
}

export interface Theme {
	readonly color: boolean;
	readonly ascii: boolean;
	readonly colors: ColorTokens;
	readonly box: BoxCharacters;
	readonly glyphs: Glyphs;
}

export interface ThemeRequest {
	/** False for `--no-color`. */
	readonly color: boolean;
	/** True for `--ascii`. */
	readonly ascii: boolean;
}

const palette: ColorTokens = {
	focus: 'cyan',
	border: 'gray',
	title: 'white',
	currentLine: 'yellow',
	breakpoint: 'red',
	enqueued: 'green',
	removed: 'magenta',
	stderr: 'red',
	muted: 'gray',
	narration: 'cyan',
	notice: 'yellow',
	key: 'cyan',
};

const noColors: ColorTokens = {
	focus: undefined,
	border: undefined,
	title: undefined,
	currentLine: undefined,
	breakpoint: undefined,
	enqueued: undefined,
	removed: undefined,
	stderr: undefined,
	muted: undefined,
	narration: undefined,
	notice: undefined,
	key: undefined,
};

const roundBox: BoxCharacters = {
	topLeft: '╭',
	topRight: '╮',
	bottomLeft: '╰',
	bottomRight: '╯',
	horizontal: '─',
	vertical: '│',
	teeLeft: '├',
	teeRight: '┤',
};

const classicBox: BoxCharacters = {
	topLeft: '+',
	topRight: '+',
	bottomLeft: '+',
	bottomRight: '+',
	horizontal: '-',
	vertical: '|',
	teeLeft: '+',
	teeRight: '+',
};

const unicodeGlyphs: Glyphs = {
	currentLine: '▶',
	cursor: '▹',
	breakpoint: '●',
	enqueued: '+',
	removed: '-',
	updated: '~',
	started: '»',
	stderr: '!',
	playing: '▶',
	paused: '‖',
	ellipsis: '…',
	separator: '·',
	right: '→',
	left: '←',
	up: '↑',
	down: '↓',
};

const asciiGlyphs: Glyphs = {
	currentLine: '>',
	cursor: '-',
	breakpoint: '*',
	enqueued: '+',
	removed: '-',
	updated: '~',
	started: '>',
	stderr: '!',
	playing: '>',
	paused: '||',
	ellipsis: '...',
	separator: '|',
	right: 'Right',
	left: 'Left',
	up: 'Up',
	down: 'Down',
};

/**
 * Colour follows https://no-color.org and the FORCE_COLOR convention: `--no-color` always wins,
 * then FORCE_COLOR (`0`/`false` off, anything else on), then NO_COLOR set and non-empty turns it off.
 * Chalk ignores NO_COLOR and picks its level when ink loads, so rather than change the environment
 * too late, a colourless theme simply passes no colour to any component.
 */
export function wantsColor(request: ThemeRequest, env: NodeJS.ProcessEnv): boolean {
	if (!request.color) return false;
	const force = env['FORCE_COLOR'];
	if (force !== undefined) return force !== '0' && force !== 'false';
	const noColor = env['NO_COLOR'];
	return noColor === undefined || noColor === '';
}

/**
 * Box-drawing characters need a UTF-8 terminal and a font that has them: the Linux console
 * (`TERM=linux`) often lacks them, and tmux itself draws `_` for them unless the locale
 * (the first set of LC_ALL, LC_CTYPE, LANG) says UTF-8.
 */
export function wantsAscii(request: ThemeRequest, env: NodeJS.ProcessEnv): boolean {
	if (request.ascii || env['TERM'] === 'linux') return true;
	const locale = env['LC_ALL'] || env['LC_CTYPE'] || env['LANG'] || '';
	return !/utf-?8/i.test(locale);
}

export function decideTheme(request: ThemeRequest, env: NodeJS.ProcessEnv = process.env): Theme {
	const color = wantsColor(request, env);
	const ascii = wantsAscii(request, env);
	return {
		color,
		ascii,
		colors: color ? palette : noColors,
		box: ascii ? classicBox : roundBox,
		glyphs: ascii ? asciiGlyphs : unicodeGlyphs,
	};
}
