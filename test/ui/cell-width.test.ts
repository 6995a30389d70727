import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {simpleCellWidth} from '../../source/ui/terminal/cell-width.js';
import {createRandom} from '../support/seeded-random.js';

// The fast path stands in for string-width 8 in the bundle (esbuild/fast-string-width.mjs), so it
// must agree with it on every string it answers for.
const segmenter = new Intl.Segmenter();
const graphemes = (text: string): number => [...segmenter.segment(text)].length;

describe('simpleCellWidth', () => {
	it('agrees with string-width on every character it knows, alone and between neighbours', () => {
		const wrong: string[] = [];
		let known = 0;
		for (let code = 0; code < 0x1_00_00; code++) {
			const character = String.fromCharCode(code);
			const width = simpleCellWidth(character);
			if (width === undefined) continue;
			known++;
			const isolated = graphemes(`a${character}`) === 2 && graphemes(`${character}a`) === 2 && graphemes(character + character) === 2;
			if (!isolated || stringWidth(character) !== width || stringWidth(`a${character}b`) !== width + 2) wrong.push(code.toString(16));
		}
		expect(wrong).toEqual([]);
		expect(known).toBeGreaterThan(30_000);
	});

	it('answers the screen characters loopstep draws', () => {
		for (const text of ['╭─ Call stack ─╮', '\u001B[1m\u001B[36m→\u001B[39m\u001B[22m step', '\u001B[38;5;123m│\u001B[m', '│ ▹ ● ·', '← → ↑ ↓ … × » ‖', 'step 1/1,000,001', 'ok ✅ ✓ ★ 中文', '']) expect(simpleCellWidth(text)).toBe(stringWidth(text));
	});

	it('leaves other escapes, controls, combining marks, emoji and astral characters to string-width', () => {
		for (const text of ['\u001B]8;;https://example.com\u0007link', '\u001B[12345mred', '\u009B31mred', 'tab\there', 'e\u0301', 'ok ✅\uFE0F', '👍', 'a\u200Db', '\u{1F1EB}\u{1F1F7}', 'x\uFE0F']) expect(simpleCellWidth(text)).toBeUndefined();
	});

	it('agrees with string-width on random mixtures', () => {
		const pool = ['a', ' ', '─', '│', '╭', '▶', '▸', '●', 'é', 'ж', 'Ω', '中', '한', 'ｱ', 'Ａ', '…', '\u0301', '✅', '\u001B[1m', '\u001B[38;2;10;20;30m', '\u001B[m', '\u001B[;1m', '\u001B[1;;2m', '\u001B[12345m', '\u001B[', '\u001B]8;;x\u0007', '\t', '👍', '\uFE0F', '\u200D'];
		const random = createRandom(12_345);
		const next = (): number => Math.floor(random() * 2 ** 31);
		for (let run = 0; run < 5000; run++) {
			const text = Array.from({length: next() % 12}, () => pool[next() % pool.length]).join('');
			const width = simpleCellWidth(text);
			if (width !== undefined) expect(width, JSON.stringify(text)).toBe(stringWidth(text));
		}
	});
});
