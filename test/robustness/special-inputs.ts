import {SeededRandom} from '../random/js-seeded-random.js';
import type {FuzzLanguage} from './seed-corpus.js';

/** A hand-built pathological input: a name for the report and the file's bytes. */
export interface SpecialInput {
	readonly name: string;
	readonly bytes: Buffer;
	/** Wall-time bound when the input is large enough that parsing alone takes a while. */
	readonly timeBoundMs?: number;
	/** Too slow for `npm test` today (minutes): only `npm run fuzz` runs it. */
	readonly longOnly?: boolean;
}

const depth = 10_000;
const tenMegabytes = 10 * 1024 * 1024;

function randomBytes(seed: number, length: number): Buffer {
	const random = new SeededRandom(seed);
	const bytes = Buffer.alloc(length);
	for (let index = 0; index < length; index++) bytes[index] = random.int(0, 255);
	return bytes;
}

/** Every byte value in turn, NULs included, as in an executable or an image. */
function binaryBytes(length: number): Buffer {
	const bytes = Buffer.alloc(length);
	for (let index = 0; index < length; index++) bytes[index] = (index * 7) & 0xff;
	return Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), bytes]);
}

/** Repeats `line` until the text reaches `size` bytes, then ends with `tail`. */
function filled(line: string, size: number, tail: string): Buffer {
	return Buffer.from(line.repeat(Math.ceil(size / line.length)) + tail);
}

const shared = (language: FuzzLanguage): SpecialInput[] => {
	const print = language === 'javascript' ? 'console.log' : 'print';
	return [
		{name: 'empty file', bytes: Buffer.alloc(0)},
		{name: 'only a newline', bytes: Buffer.from('\n')},
		{name: 'random bytes (4 KiB)', bytes: randomBytes(1, 4096)},
		{name: 'random bytes (64 KiB)', bytes: randomBytes(2, 65_536)},
		{name: 'binary (ELF-like, NULs)', bytes: binaryBytes(65_536)},
		{name: 'invalid UTF-8 in a string', bytes: Buffer.concat([Buffer.from(`${print}("a`), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]), Buffer.from('b")\n')])},
		{name: 'invalid UTF-8 in code', bytes: Buffer.concat([Buffer.from(`${print}(1)\n`), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]), Buffer.from(`\n${print}(2)\n`)])},
		{name: 'UTF-8 byte-order mark', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${print}("bom")\n`)])},
		{name: 'NUL byte in code', bytes: Buffer.from(`${print}(1)\n\u0000\n${print}(2)\n`)},
		{name: 'carriage returns only', bytes: Buffer.from(`${print}(1)\r${print}(2)\r`)},
		{name: `${depth.toLocaleString('en-US')} nested parentheses`, bytes: Buffer.from(`${print}(${'('.repeat(depth)}1${')'.repeat(depth)})\n`)},
		{name: `${depth.toLocaleString('en-US')} nested brackets`, bytes: Buffer.from(`${print}(${'['.repeat(depth)}${']'.repeat(depth)})\n`)},
		{name: `${depth.toLocaleString('en-US')} unclosed parentheses`, bytes: Buffer.from(`${print}(${'('.repeat(depth)}1\n`)},
		{name: `${depth.toLocaleString('en-US')} unary minus`, bytes: Buffer.from(`${print}(${'-'.repeat(depth).split('').join(' ')} 1)\n`)},
		{name: `${depth.toLocaleString('en-US')}-term sum`, bytes: Buffer.from(`${print}(${Array.from({length: depth}, () => '1').join(' + ')})\n`)},
		{name: `${depth.toLocaleString('en-US')}-link attribute chain`, bytes: Buffer.from(`${print}(a${'.b'.repeat(depth)})\n`)},
		{name: `${depth.toLocaleString('en-US')} chained calls`, bytes: Buffer.from(`${print}(f${'()'.repeat(depth)})\n`)},
		{name: 'one line of 1 MiB', bytes: Buffer.from(`${print}("${'x'.repeat(1024 * 1024)}")\n`)},
		{name: '10 MB of comments', bytes: filled(language === 'javascript' ? '// a comment line to make the file large\n' : '# a comment line to make the file large\n', tenMegabytes, `${print}("end")\n`), timeBoundMs: 60_000},
		{name: '10 MB of statements', bytes: filled(language === 'javascript' ? 'x = 1 + 2;\n' : 'x = 1 + 2\n', tenMegabytes, `${print}(x)\n`), timeBoundMs: 60_000, longOnly: true},
	];
};

const javascript = (): SpecialInput[] => [
	{name: `${depth.toLocaleString('en-US')} nested blocks`, bytes: Buffer.from(`${'{'.repeat(depth)}console.log(1)${'}'.repeat(depth)}\n`)},
	{name: `${depth.toLocaleString('en-US')} nested object literals`, bytes: Buffer.from(`const o = ${'{a:'.repeat(depth)}1${'}'.repeat(depth)};\nconsole.log(typeof o)\n`)},
	{name: `${depth.toLocaleString('en-US')} nested arrow functions`, bytes: Buffer.from(`const f = ${'() => '.repeat(depth)}1;\nconsole.log(typeof f)\n`)},
	{name: `${depth.toLocaleString('en-US')} nested functions`, bytes: Buffer.from(`${'function f() {'.repeat(depth)}${'}'.repeat(depth)}\nconsole.log(1)\n`)},
	{name: `${depth.toLocaleString('en-US')}-arm else-if chain`, bytes: Buffer.from(`let x = 0;\n${Array.from({length: depth}, (_, index) => `if (x === ${index}) x = 1;`).join(' else ')}\nconsole.log(x)\n`)},
	{name: `${depth.toLocaleString('en-US')} nested template literals`, bytes: Buffer.from(`console.log(${'`${'.repeat(depth)}1${'}`'.repeat(depth)})\n`)},
	{name: `${depth.toLocaleString('en-US')} chained thens`, bytes: Buffer.from(`Promise.resolve(0)${'.then(x => x + 1)'.repeat(depth)}.then(console.log)\n`)},
	{name: `${depth.toLocaleString('en-US')} logical nots`, bytes: Buffer.from(`console.log(${'!'.repeat(depth)}0)\n`)},
];

const python = (): SpecialInput[] => [
	{name: 'tabs and spaces mixed (TabError)', bytes: Buffer.from('if True:\n        x = 1\n\ty = 2\nprint(x)\n')},
	{name: 'tabs and spaces mixed inside async def', bytes: Buffer.from('import asyncio\nasync def main():\n    await asyncio.sleep(0)\n\tprint("tab")\n        print("spaces")\nasyncio.run(main())\n')},
	{name: 'tabs and spaces mixed on every line', bytes: Buffer.from(Array.from({length: 2000}, (_, index) => `${index % 2 ? '\t' : '        '}x = ${index}`).join('\n').replace(/^/, 'if True:\n') + '\nprint(x)\n')},
	{name: '1,000 nested if blocks', bytes: Buffer.from(Array.from({length: 1000}, (_, index) => `${' '.repeat(index)}if True:`).join('\n') + `\n${' '.repeat(1000)}print(1)\n`)},
	{name: `${depth.toLocaleString('en-US')}-arm elif chain`, bytes: Buffer.from(`x = 0\nif x == -1:\n    pass\n${Array.from({length: depth}, (_, index) => `elif x == ${index}:\n    x = 1`).join('\n')}\nprint(x)\n`)},
	{name: `${depth.toLocaleString('en-US')} nested lambdas`, bytes: Buffer.from(`f = ${'lambda: '.repeat(depth)}1\nprint(callable(f))\n`)},
	{name: `${depth.toLocaleString('en-US')} nested dicts`, bytes: Buffer.from(`d = ${'{"a": '.repeat(depth)}1${'}'.repeat(depth)}\nprint(type(d))\n`)},
	{name: `${depth.toLocaleString('en-US')} logical nots`, bytes: Buffer.from(`print(${'not '.repeat(depth)}0)\n`)},
	{name: `50 nested f-strings`, bytes: Buffer.from(`print(${'f"{'.repeat(50)}1${'}"'.repeat(50)})\n`)},
];

/** The fixed pathological inputs for one language. */
export function specialInputs(language: FuzzLanguage): SpecialInput[] {
	return [...shared(language), ...(language === 'javascript' ? javascript() : python())];
}
