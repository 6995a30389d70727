import {Chalk} from 'chalk';
import {describe, expect, test} from 'vitest';
// Ink's package exports only ".", so its Output is loaded by path: the reference implementation.
import InkOutput from '../../node_modules/ink/build/output.js';
import {characterCells} from '../../source/ui/terminal/cell-width.js';
import Output from '../../source/ui/terminal/ink-output.js';
import {createRandom} from '../support/seeded-random.js';

type Transformer = (line: string, index: number) => string;
type Operation =
	| {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]}
	| {type: 'clip'; clip: {x1?: number; x2?: number; y1?: number; y2?: number}}
	| {type: 'unclip'};
type Frame = {width: number; height: number; operations: Operation[]};

const chalk = new Chalk({level: 3});
const pieces = [
	'a', 'Z', '0', ' ', '  ', '.', '~', '{', 'console.log("x")', 'step 1/7',
	'─', '│', '╭', '╮', '╰', '╯', '┼', '═', '·', '…', '→', '←', '✔', '✖', '❯', '●', '▸', '█', '░',
	'中', '文字', 'ｱ', 'ﾞ', '\u3000', '한', 'ᄀ', 'ᅡ', 'ำ', 'क्ष',
	'😀', '👍🏽', '👨‍👩‍👧', '🇺🇸', '❤️', '☀', '\u00A0', '\u00AD', '\u200B', '\u200D', '\uFEFF',
	'e\u0301', '\u0301', '\t', '\u0007', '\r', '\r\n', '\u0085', '\u009B31m', '\uD800', '\u{1F600}\u0301',
];
// What the bundle's fast paths take: printable ASCII and characters that are always a grapheme.
const simplePieces = pieces.filter(piece => [...piece].every(char => /^[\x20-\x7E]$/.test(char) || '─│╭╮╰╯┼═·…→←✔✖❯●▸█░中文字ｱ한\u00A0'.includes(char)));
const codes = [
	'\u001B[1m', '\u001B[2m', '\u001B[22m', '\u001B[3m', '\u001B[4m', '\u001B[7m', '\u001B[27m', '\u001B[9m',
	'\u001B[31m', '\u001B[39m', '\u001B[42m', '\u001B[49m', '\u001B[90m', '\u001B[0m', '\u001B[m',
	'\u001B[1;31m', '\u001B[2;3;4m', '\u001B[38;5;208m', '\u001B[48;2;10;20;30m', '\u001B[38;2;1;2m',
	'\u001B[31', '\u001B[?25l', '\u001B]8;;https://example.com\u0007', '\u001B]8;;\u0007', '\u001B]8;id=1;x\u0007',
	'\u001B', '\u001B]0;title\u0007', '\u001B[12345m', '\u001B[;1m', '\u001B[1;;2m', '\u001B[38;5m', '\u001B[48;2;1;2;3;4m',
];
const styles = [
	chalk.red, chalk.bold, chalk.dim, chalk.inverse, chalk.bgBlue, chalk.gray, chalk.italic.underline,
	chalk.hex('#ff8800'), chalk.bgHex('#123456').bold, chalk.bold.dim, chalk.cyan.bold, chalk.strikethrough,
];

function pick<T>(next: () => number, items: readonly T[]): T {
	return items[Math.floor(next() * items.length)]!;
}

function plainText(next: () => number, palette: readonly string[], length: number): string {
	let text = '';
	for (let index = 0; index < length; index++) text += pick(next, palette);
	return text;
}

function styledText(next: () => number, palette: readonly string[]): string {
	const parts = 1 + Math.floor(next() * 4);
	let text = '';
	for (let part = 0; part < parts; part++) {
		const roll = next();
		const plain = plainText(next, palette, 1 + Math.floor(next() * 6));
		if (roll < 0.3) text += plain;
		else if (roll < 0.6) text += pick(next, styles)(plain);
		else if (roll < 0.75) text += pick(next, styles)(plain + pick(next, styles)(plainText(next, palette, 2)) + plain);
		else if (roll < 0.85) text += `\u001B]8;;https://example.com/${part}\u0007${plain}\u001B]8;;\u0007`;
		else text += pick(next, codes) + plain;
	}
	return text;
}

function text(next: () => number, palette: readonly string[]): string {
	const lineCount = next() < 0.7 ? 1 : 2 + Math.floor(next() * 4);
	const lines = [];
	for (let index = 0; index < lineCount; index++) {
		lines.push(next() < 0.3 ? plainText(next, palette, Math.floor(next() * 12)) : next() < 0.5 ? 'x'.repeat(Math.floor(next() * 90)) : styledText(next, palette));
	}
	return lines.join('\n');
}

const transformerPool: Transformer[] = [
	line => chalk.bold(line),
	(line, index) => (index % 2 === 0 ? chalk.bgRed(line) : line),
	line => line.toUpperCase(),
	(line, index) => `${index}›${line}`,
	line => chalk.inverse(`中${line}`),
];

function position(next: () => number, size: number): number {
	const roll = next();
	if (roll < 0.05) return Math.floor(next() * size) + 0.5;
	if (roll < 0.15) return -1 - Math.floor(next() * 4);
	if (roll < 0.25) return size + Math.floor(next() * 5) - 1;
	return Math.floor(next() * size);
}

function clipBounds(next: () => number, width: number, height: number): Operation {
	const x1 = position(next, width);
	const y1 = position(next, height);
	const kind = next();
	const horizontal = kind < 0.7 ? {x1, x2: x1 + Math.floor(next() * width) - (next() < 0.1 ? width : 0)} : {};
	const vertical = kind > 0.3 ? {y1, y2: y1 + Math.floor(next() * height)} : {};
	return {type: 'clip', clip: {...horizontal, ...vertical}};
}

function frame(seed: number): Frame {
	const next = createRandom(seed);
	const width = next() < 0.05 ? Math.floor(next() * 3) + (next() < 0.5 ? 0.5 : 0) : 1 + Math.floor(next() * 50);
	const height = next() < 0.05 ? Math.floor(next() * 3) : 1 + Math.floor(next() * 12);
	const palette = next() < 0.5 ? simplePieces : pieces;
	const operations: Operation[] = [];
	let depth = 0;
	const count = 1 + Math.floor(next() * 14);
	for (let index = 0; index < count; index++) {
		const roll = next();
		if (roll < 0.12) {
			operations.push(clipBounds(next, width, height));
			depth++;
		} else if (roll < 0.2 && depth > 0) {
			operations.push({type: 'unclip'});
			depth--;
		} else {
			const transformers = next() < 0.3 ? [pick(next, transformerPool), ...(next() < 0.3 ? [pick(next, transformerPool)] : [])] : [];
			operations.push({type: 'write', x: position(next, width), y: position(next, height), text: next() < 0.03 ? '' : text(next, palette), transformers});
		}
	}
	return {width, height, operations};
}

type OutputLike = {
	write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void;
	clip(clip: {x1?: number; x2?: number; y1?: number; y2?: number}): void;
	unclip(): void;
	get(): {output: string; height: number};
};

function render(make: (size: {width: number; height: number}) => OutputLike, {width, height, operations}: Frame) {
	const output = make({width, height});
	for (const operation of operations) {
		if (operation.type === 'write') output.write(operation.x, operation.y, operation.text, {transformers: operation.transformers});
		else if (operation.type === 'clip') output.clip(operation.clip);
		else output.unclip();
	}
	return output.get();
}

/** The first frame whose output differs, with what both made, or undefined. */
function firstDifference(frames: Iterable<[string, Frame]>) {
	for (const [name, current] of frames) {
		const expected = render(size => new InkOutput(size), current);
		const actual = render(size => new Output(size), current);
		if (actual.output !== expected.output || actual.height !== expected.height) {
			return {name, frame: JSON.stringify(current, null, 1), expected, actual};
		}
	}
	return undefined;
}

function* seeded(from: number, to: number): Generator<[string, Frame]> {
	for (let seed = from; seed < to; seed++) yield [`seed ${seed}`, frame(seed)];
}

describe('Output (the replacement for Ink\'s)', () => {
	test('matches Ink\'s Output on random frames', () => {
		expect(firstDifference(seeded(1, 4001))).toBeUndefined();
	});

	test('matches across a run of frames that redraw the same screen with small changes', () => {
		function* screens(): Generator<[string, Frame]> {
			const border = chalk.gray(`╭${'─'.repeat(70)}╮`);
			for (let step = 0; step < 200; step++) {
				const operations: Operation[] = [
					{type: 'write', x: 0, y: 0, text: border, transformers: []},
					{type: 'write', x: 0, y: 1, text: Array.from({length: 30}, () => chalk.gray('│')).join('\n'), transformers: []},
					{type: 'write', x: 2, y: 0, text: `[Source · step ${step}]`, transformers: [line => chalk.bold.cyan(line)]},
					{type: 'clip', clip: {x1: 1, x2: 71, y1: 1, y2: 30}},
					{type: 'write', x: 1, y: 1 + (step % 5), text: `${chalk.bold.red('▸')} ${chalk.gray(`${step} `)}console.log("中文 ${step % 7}")…`, transformers: []},
					{type: 'write', x: 60, y: 2, text: 'a line that runs past the clip edge', transformers: [line => chalk.inverse(line)]},
					{type: 'unclip'},
					{type: 'write', x: 0, y: 31, text: chalk.bgHex(`#${(step * 4099).toString(16).padStart(6, '0').slice(-6)}`)(`step ${step}/7`), transformers: []},
				];
				yield [`screen ${step}`, {width: 120, height: 39, operations}];
			}
		}
		expect(firstDifference(screens())).toBeUndefined();
	});

	test('matches after its caches fill and clear', () => {
		function* floods(): Generator<[string, Frame]> {
			for (let frameIndex = 0; frameIndex < 12; frameIndex++) {
				const operations: Operation[] = [];
				for (let line = 0; line < 600; line++) {
					const color = (frameIndex * 600 + line) * 2654435761;
					const hex = `#${(color >>> 8).toString(16).padStart(6, '0').slice(-6)}`;
					operations.push({type: 'write', x: line % 7, y: line % 40, text: `${chalk.hex(hex)(`│ line ${frameIndex}:${line} ─`)} 中`, transformers: []});
				}
				yield [`flood ${frameIndex}`, {width: 80, height: 40, operations}];
			}
		}
		expect(firstDifference(floods())).toBeUndefined();
	});
	test('matches for every BMP character beside ASCII, styles, itself and a combining mark', () => {
		function* characters(): Generator<[string, Frame]> {
			for (let first = 0xA0; first < 0x10000; first += 64) {
				const operations: Operation[] = [];
				for (let code = first; code < first + 64 && code < 0x10000; code++) {
					const char = String.fromCharCode(code);
					operations.push({type: 'write', x: 0, y: code - first, text: `a${char}${char}\u001B[1m${char}\u0301b`, transformers: []});
				}
				yield [`U+${first.toString(16)}`, {width: 16, height: 64, operations}];
			}
		}
		expect(firstDifference(characters())).toBeUndefined();
	});

	test('matches for every character of the cell table in a clipped line', () => {
		function* clipped(): Generator<[string, Frame]> {
			// What the fast paths take: characters that are always a grapheme, of a width known in advance.
			const codes: number[] = [];
			for (let code = 0xA0; code < 0x1_00_00; code++) if (characterCells(code) > 0) codes.push(code);
			for (let first = 0; first < codes.length; first += 64) {
				const operations: Operation[] = [{type: 'clip', clip: {x1: 1, x2: 3}}];
				for (const [y, code] of codes.slice(first, first + 64).entries()) {
					const char = String.fromCharCode(code);
					operations.push({type: 'write', x: 0, y, text: `a${char}${char}${char}`, transformers: []});
				}
				yield [`from U+${codes[first]!.toString(16)}`, {width: 8, height: 64, operations}];
			}
		}
		expect(firstDifference(clipped())).toBeUndefined();
	});
});
