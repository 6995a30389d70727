import {SeededRandom} from '../random/js-seeded-random.js';
import type {FuzzLanguage} from './seed-corpus.js';

/** One mutation: the bytes it produced and the operators applied, for the report. */
export interface Mutant {
	readonly bytes: Buffer;
	readonly operators: readonly string[];
}

type Operator = (bytes: Buffer, random: SeededRandom, language: FuzzLanguage) => Buffer;

/** Rough lexical tokens: enough to delete or repeat a whole word, number, string or punctuator. */
const tokenPattern = /[A-Za-z_$][\w$]*|\d[\w.]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|\s+|[^\w\s]/g;

/** Words and punctuators that steer mutants into the parsers' and compilers' rarer paths. */
const vocabulary: Record<FuzzLanguage, readonly string[]> = {
	javascript: ['async', 'await', 'yield', 'function', 'function*', '=>', 'class', 'extends', 'super', 'new', 'this', 'return', 'throw', 'try', 'catch', 'finally', 'for', 'of', 'in', 'let', 'const', 'var', 'import', 'export', '...', '?.', '??', '#x', '(', ')', '{', '}', '[', ']', ';', ',', '`${', 'delete', 'typeof', 'get', 'set', 'static', 'label:', 'break', 'continue', 'with', 'debugger', '/re/g', '0n', '1e309', '"\\u{110000}"'],
	python: ['async', 'await', 'yield', 'yield from', 'def', 'lambda', 'class', 'return', 'raise', 'try:', 'except', 'finally:', 'with', 'for', 'in', 'while', 'if', 'elif', 'else:', 'import', 'from', 'global', 'nonlocal', 'del', 'pass', 'match', 'case', '*', '**', ':=', '->', '(', ')', '[', ']', '{', '}', ':', ',', '\n\t', '\n    ', '\\\n', 'f"{', '@', 'None', '10**1000', '1j', "b'\\xff'"],
};

function tokenSpans(text: string): Array<readonly [number, number]> {
	const spans: Array<readonly [number, number]> = [];
	for (const match of text.matchAll(tokenPattern)) if (!/^\s+$/.test(match[0])) spans.push([match.index, match.index + match[0].length]);
	return spans;
}

const flipBytes: Operator = (bytes, random) => {
	const copy = Buffer.from(bytes);
	for (let count = random.int(1, 4); count > 0 && copy.length > 0; count--) copy[random.int(0, copy.length - 1)]! ^= 1 << random.int(0, 7);
	return copy;
};

const truncate: Operator = (bytes, random) => bytes.subarray(0, random.int(0, bytes.length));

const deleteTokens: Operator = (bytes, random) => {
	const text = bytes.toString('latin1');
	const spans = tokenSpans(text);
	if (spans.length === 0) return bytes;
	const first = random.int(0, spans.length - 1);
	const last = Math.min(spans.length - 1, first + random.int(0, 2));
	return Buffer.from(text.slice(0, spans[first]![0]) + text.slice(spans[last]![1]), 'latin1');
};

const duplicateTokens: Operator = (bytes, random) => {
	const text = bytes.toString('latin1');
	const spans = tokenSpans(text);
	if (spans.length === 0) return bytes;
	const first = random.int(0, spans.length - 1);
	const last = Math.min(spans.length - 1, first + random.int(0, 5));
	const piece = text.slice(spans[first]![0], spans[last]![1]);
	return Buffer.from(text.slice(0, spans[last]![1]) + piece.repeat(random.int(1, 3)) + text.slice(spans[last]![1]), 'latin1');
};

const insertWord: Operator = (bytes, random, language) => {
	const text = bytes.toString('latin1');
	const at = random.int(0, text.length);
	return Buffer.concat([bytes.subarray(0, at), Buffer.from(` ${random.pick(vocabulary[language])} `), bytes.subarray(at)]);
};

const insertRandomBytes: Operator = (bytes, random) => {
	const noise = Buffer.alloc(random.int(1, 16));
	for (let index = 0; index < noise.length; index++) noise[index] = random.int(0, 255);
	const at = random.int(0, bytes.length);
	return Buffer.concat([bytes.subarray(0, at), noise, bytes.subarray(at)]);
};

/** Wraps one token in parentheses or brackets a few hundred to a few thousand deep. */
const nestDeeply: Operator = (bytes, random) => {
	const text = bytes.toString('latin1');
	const spans = tokenSpans(text);
	if (spans.length === 0) return bytes;
	const [start, end] = random.pick(spans);
	const [open, close] = random.pick([['(', ')'], ['[', ']'], ['{', '}']] as const);
	const depth = random.int(100, 3000);
	return Buffer.from(text.slice(0, start) + open.repeat(depth) + text.slice(start, end) + close.repeat(depth) + text.slice(end), 'latin1');
};

/** Swaps indentation on some lines between spaces and tabs (Python's TabError territory). */
const mixIndentation: Operator = (bytes, random) => {
	const lines = bytes.toString('latin1').split('\n');
	for (let count = random.int(1, 4); count > 0; count--) {
		const at = random.int(0, lines.length - 1);
		lines[at] = lines[at]!.replace(/^[ \t]+/, indent => (indent.includes('\t') ? indent.replace(/\t/g, '    ') : indent.replace(/ {4}|  /g, '\t')));
	}
	return Buffer.from(lines.join('\n'), 'latin1');
};

/** Repeats or drops a whole line, which shifts blocks and indentation. */
const shuffleLines: Operator = (bytes, random) => {
	const lines = bytes.toString('latin1').split('\n');
	const at = random.int(0, lines.length - 1);
	if (random.chance(0.5)) lines.splice(at, 1);
	else lines.splice(at, 0, lines[random.int(0, lines.length - 1)]!);
	return Buffer.from(lines.join('\n'), 'latin1');
};

const operators: ReadonlyArray<readonly [string, Operator, number]> = [
	['flip-bytes', flipBytes, 3],
	['truncate', truncate, 2],
	['delete-tokens', deleteTokens, 4],
	['duplicate-tokens', duplicateTokens, 4],
	['insert-word', insertWord, 4],
	['insert-random-bytes', insertRandomBytes, 1],
	['nest-deeply', nestDeeply, 1],
	['mix-indentation', mixIndentation, 1],
	['shuffle-lines', shuffleLines, 2],
];

/** Applies one to three operators, chosen by weight, to a seed program. */
export function mutate(seed: Buffer, random: SeededRandom, language: FuzzLanguage): Mutant {
	let bytes = seed;
	const applied: string[] = [];
	for (let count = random.int(1, 3); count > 0; count--) {
		const [name, operator] = random.weighted(operators.map(entry => [entry, entry[2]] as const));
		bytes = operator(bytes, random, language);
		applied.push(name);
	}
	return {bytes, operators: applied};
}

/** A stable 32-bit seed for mutant `index` of the seed program `name` (FNV-1a). */
export function mutantSeed(name: string, index: number): number {
	let hash = 0x811c9dc5;
	for (const char of `${name}#${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
	return hash;
}
