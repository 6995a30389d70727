// A drop-in replacement for Ink 6.8's Output (node_modules/ink/build/output.js), which the build
// substitutes for Ink's own (esbuild.config.mjs). Its `get()` is byte-identical to Ink's: the same
// writes, clips, transformers and trimming. Ink makes a new Output every frame and its caches die
// with it, then tokenizes every line with Intl.Segmenter, measures every character with
// string-width, allocates a styled object per cell and diffs styles per character; that dominated
// the first frame and the floor of a key's redraw. Here lines compile once into cells (values,
// interned style ids, widths) kept across frames, the grid is plain arrays, and the serializer
// looks up a cached diff only where the style id changes. Lines of printable ASCII, SGR sequences
// and characters that are always a grapheme of their own skip the segmenter; anything else goes
// through ansi-tokenize, string-width and slice-ansi as in Ink.
import {
	type AnsiCode,
	ansiCodesToString,
	diffAnsiCodes,
	reduceAnsiCodesIncremental,
	styledCharsFromTokens,
	tokenize,
} from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import {characterCells, sgrEnd, simpleCellWidth} from './cell-width.js';
import {lazySegmenter} from './lazy-segmenter.js';

type Transformer = (line: string, index: number) => string;
type Clip = {x1?: number; x2?: number; y1?: number; y2?: number};
type Operation =
	| {type: 'write'; x: number; y: number; text: string; transformers: readonly Transformer[]}
	| {type: 'clip'; clip: Clip}
	| {type: 'unclip'};

/** A line as cells: a plain printable-ASCII line keeps its string (every cell unstyled, width 1). */
type CompiledLine = {values: string | readonly string[]; styles?: readonly number[]; widths?: readonly number[]};

// Module caches outlive the per-frame Output. Each is cleared whole when it grows past its bound,
// so a program printing ever-new text cannot grow memory; a clear costs one cold frame.
const cacheLimit = 4096;
const lines = new Map<string, CompiledLine>();
const widths = new Map<string, number>();
const widestLines = new Map<string, number>();
const slices = new Map<string, string>();

// Styles are interned: id 0 is unstyled. Compiled lines hold ids, so the table is only cleared
// between frames (at the start of `get`), together with the lines and diffs that refer to it.
const styleLimit = 1024;
let styleCodes: AnsiCode[][] = [[]];
let styleIds = new Map<string, number>([['', 0]]);
let transitions: Array<Map<string, number>> = [];
let diffs = new Map<number, string>();
const diffKeyShift = 2 ** 21;

function resetStylesIfFull() {
	if (styleCodes.length <= styleLimit && diffs.size <= cacheLimit * 4) return;
	styleCodes = [[]];
	styleIds = new Map([['', 0]]);
	transitions = [];
	diffs = new Map();
	lines.clear();
}

function internStyle(codes: AnsiCode[]): number {
	if (codes.length === 0) return 0;
	const key = codes.map(code => `${code.code}\u0001${code.endCode}`).join('\u0002');
	let id = styleIds.get(key);
	if (id === undefined) {
		id = styleCodes.length;
		styleCodes.push(codes);
		styleIds.set(key, id);
	}
	return id;
}

/** The style after an SGR sequence, as ansi-tokenize's styledCharsFromTokens reduces it. */
function styleAfter(style: number, sequence: string): number {
	let byStyle = transitions[style];
	if (byStyle === undefined) {
		byStyle = new Map();
		transitions[style] = byStyle;
	}
	let next = byStyle.get(sequence);
	if (next === undefined) {
		const tokens = tokenize(sequence).filter((token): token is AnsiCode => token.type === 'ansi');
		next = internStyle(reduceAnsiCodesIncremental(styleCodes[style]!, tokens));
		byStyle.set(sequence, next);
	}
	return next;
}

/** What styledCharsToString emits between a cell of style `from` and one of style `to`. */
function styleDiff(from: number, to: number): string {
	const key = from * diffKeyShift + to;
	let diff = diffs.get(key);
	if (diff === undefined) {
		diff = ansiCodesToString(diffAnsiCodes(styleCodes[from]!, styleCodes[to]!));
		diffs.set(key, diff);
	}
	return diff;
}

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
	if (cache.size >= cacheLimit) cache.clear();
	cache.set(key, value);
	return value;
}

// Characters outside the cell table (cell-width.ts) that were checked at run time: 0 not yet,
// else one of these.
const measured = new Uint8Array(0x1_00_00);
/** Always a grapheme of its own; string-width measures it. */
const standalone = 1;
const notStandalone = 2;

const graphemes = lazySegmenter(undefined, {granularity: 'grapheme'});

function graphemeCount(text: string): number {
	let count = 0;
	for (const _ of graphemes.segment(text)) count++;
	return count;
}

/**
 * Whether a BMP character (from U+00A0) always forms a grapheme of its own, so a line of such
 * characters needs no segmenter: it breaks from a letter on both sides and from itself (which rules
 * out extending, spacing and prepended marks and regional pairs), and is neither a surrogate nor
 * Hangul jamo or syllable (whose break rules depend on the neighbour's kind). Anything else takes
 * Ink's own path.
 */
function standaloneKind(code: number): number {
	let known = measured[code]!;
	if (known === 0) {
		const hangul = (code >= 0x1100 && code <= 0x11FF) || (code >= 0x3130 && code <= 0x318F)
			|| (code >= 0xA960 && code <= 0xA97F) || (code >= 0xAC00 && code <= 0xD7FF);
		const surrogate = code >= 0xD800 && code <= 0xDFFF;
		const char = String.fromCharCode(code);
		const alone = !hangul && !surrogate
			&& graphemeCount(`a${char}`) === 2 && graphemeCount(`${char}a`) === 2 && graphemeCount(char + char) === 2;
		known = alone ? standalone : notStandalone;
		measured[code] = known;
	}
	return known;
}

const printableAscii = /^[\x20-\x7E]*$/;

function textWidth(text: string): number {
	if (printableAscii.test(text)) return text.length;
	let width = widths.get(text);
	if (width === undefined) {
		width = simpleCellWidth(text) ?? stringWidth(text);
		remember(widths, text, width);
	}
	return width;
}

/** Whether every code unit is a character of one cell in the cell table (so no styles either). */
function isNarrowPlain(text: string): boolean {
	for (let index = 0; index < text.length; index++) if (characterCells(text.charCodeAt(index)) !== 1) return false;
	return true;
}

/** The columns a cell advances, as Ink measures it: string-width, at least 1. */
function cellWidth(value: string): number {
	if (value.length === 1 && value.charCodeAt(0) < 0x80) return 1;
	return Math.max(1, textWidth(value));
}

function widestLine(text: string): number {
	let widest = widestLines.get(text);
	if (widest === undefined) {
		widest = 0;
		for (const line of text.split('\n')) widest = Math.max(widest, textWidth(line));
		remember(widestLines, text, widest);
	}
	return widest;
}

function slice(line: string, from: number, to: number): string {
	// One column per code unit and no styles: slice-ansi cuts where String#slice does.
	if (Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to >= 0 && isNarrowPlain(line)) return line.slice(from, to);
	const key = `${from}:${to}:${line}`;
	return slices.get(key) ?? remember(slices, key, sliceAnsi(line, from, to));
}

/** Cells of a line made of printable ASCII, standalone BMP characters and SGR sequences, or undefined. */
function compileSimple(line: string): CompiledLine | undefined {
	const values: string[] = [];
	const styles: number[] = [];
	const cellWidths: number[] = [];
	let style = 0;
	for (let index = 0; index < line.length;) {
		const code = line.charCodeAt(index);
		if (code === 0x1B) {
			const end = sgrEnd(line, index);
			if (end === -1) return undefined;
			style = styleAfter(style, line.slice(index, end + 1));
			index = end + 1;
			continue;
		}
		const cells = characterCells(code);
		if (cells === 0 && (code < 0xA0 || standaloneKind(code) === notStandalone)) return undefined;
		const value = line[index]!;
		values.push(value);
		styles.push(style);
		cellWidths.push(cells === 0 ? cellWidth(value) : cells);
		index++;
	}
	return {values, styles, widths: cellWidths};
}

/** Cells of any line, through ansi-tokenize exactly as Ink does. */
function compileTokenized(line: string): CompiledLine {
	const values: string[] = [];
	const styles: number[] = [];
	const cellWidths: number[] = [];
	for (const char of styledCharsFromTokens(tokenize(line))) {
		values.push(char.value);
		styles.push(internStyle(char.styles));
		cellWidths.push(cellWidth(char.value));
	}
	return {values, styles, widths: cellWidths};
}

function compile(line: string): CompiledLine {
	const cached = lines.get(line);
	if (cached !== undefined) return cached;
	const compiled = printableAscii.test(line) ? {values: line} : compileSimple(line) ?? compileTokenized(line);
	return remember(lines, line, compiled);
}

/** How many cells Ink's `for (let i = 0; i < size; i++)` makes. */
function count(size: number): number {
	return size > 0 ? Math.ceil(size) : 0;
}

type Row = {values: Array<string | undefined>; styles: number[]};

export default class Output {
	width: number;
	height: number;
	private readonly operations: Operation[] = [];

	constructor(options: {width: number; height: number}) {
		this.width = options.width;
		this.height = options.height;
	}

	write(x: number, y: number, text: string, options: {transformers: readonly Transformer[]}): void {
		if (!text) return;
		this.operations.push({type: 'write', x, y, text, transformers: options.transformers});
	}

	clip(clip: Clip): void {
		this.operations.push({type: 'clip', clip});
	}

	unclip(): void {
		this.operations.push({type: 'unclip'});
	}

	get(): {output: string; height: number} {
		resetStylesIfFull();
		const height = count(this.height);
		const width = count(this.width);
		// Rows nobody writes to stay undefined: all spaces, they print as an empty line.
		const rows: Array<Row | undefined> = new Array(height);
		const clips: Clip[] = [];
		for (const operation of this.operations) {
			if (operation.type === 'clip') {
				clips.push(operation.clip);
				continue;
			}
			if (operation.type === 'unclip') {
				clips.pop();
				continue;
			}
			const {text, transformers} = operation;
			let {x, y} = operation;
			let textLines = text.split('\n');
			const clip = clips.at(-1);
			if (clip) {
				const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
				const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
				if (clipHorizontally && (x + widestLine(text) < clip.x1! || x > clip.x2!)) continue;
				if (clipVertically && (y + textLines.length < clip.y1! || y > clip.y2!)) continue;
				if (clipHorizontally) {
					const x1 = clip.x1!;
					const x2 = clip.x2!;
					textLines = textLines.map(line => {
						const lineWidth = textWidth(line);
						return slice(line, x < x1 ? x1 - x : 0, x + lineWidth > x2 ? x2 - x : lineWidth);
					});
					if (x < x1) x = x1;
				}
				if (clipVertically) {
					const y1 = clip.y1!;
					const y2 = clip.y2!;
					const lineCount = textLines.length;
					textLines = textLines.slice(y < y1 ? y1 - y : 0, y + lineCount > y2 ? y2 - y : lineCount);
					if (y < y1) y = y1;
				}
			}
			// Ink indexes arrays with these: a fractional column or row writes nothing.
			const columnsExist = Number.isInteger(x);
			let offsetY = 0;
			for (let index = 0; index < textLines.length; index++) {
				const rowIndex = y + offsetY;
				// Like Ink, a missing row does not advance offsetY.
				if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= height) continue;
				let line = textLines[index]!;
				for (const transformer of transformers) line = transformer(line, index);
				offsetY++;
				if (!columnsExist) continue;
				const row = rows[rowIndex] ??= {values: new Array(width).fill(' '), styles: new Array(width).fill(0)};
				writeCells(row, x, compile(line));
			}
		}
		let output = '';
		for (let rowIndex = 0; rowIndex < height; rowIndex++) {
			if (rowIndex > 0) output += '\n';
			const row = rows[rowIndex];
			if (row !== undefined) output += serialize(row).trimEnd();
		}
		return {output, height};
	}
}

/** Ink's cell writes: a cell per character, and a wide character blanks the cells it covers. */
function writeCells(row: Row, x: number, line: CompiledLine): void {
	const {values, styles, widths: cellWidths} = line;
	let column = x;
	for (let index = 0; index < values.length; index++) {
		const style = styles === undefined ? 0 : styles[index]!;
		if (column >= 0) {
			row.values[column] = values[index]!;
			row.styles[column] = style;
		}
		const cellWidth = cellWidths === undefined ? 1 : cellWidths[index]!;
		for (let covered = 1; covered < cellWidth; covered++) {
			if (column + covered < 0) continue;
			row.values[column + covered] = '';
			row.styles[column + covered] = style;
		}
		column += cellWidth;
	}
}

/** styledCharsToString over a row, skipping holes as Ink's filter does. */
function serialize(row: Row): string {
	const {values, styles} = row;
	let text = '';
	let previous = 0;
	for (let index = 0; index < values.length; index++) {
		const value = values[index];
		if (value === undefined) continue;
		const style = styles[index]!;
		if (style !== previous) {
			text += styleDiff(previous, style);
			previous = style;
		}
		text += value;
	}
	return previous === 0 ? text : text + styleDiff(previous, 0);
}
