import {describe, expect, it} from 'vitest';
import {lazySegmenter} from '../../source/ui/terminal/lazy-segmenter.js';
import {createRandom} from '../support/seeded-random.js';

// Stands in for Intl.Segmenter inside Ink's dependencies in the bundle: what it yields must be
// what Intl.Segmenter yields, for ASCII (segmented by it) and everything else (handed on).
const real = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const lazy = lazySegmenter(undefined, {granularity: 'grapheme'});
const plain = (segments: Iterable<Intl.SegmentData>) => [...segments].map(({segment, index, input}) => ({segment, index, input}));

describe('lazySegmenter', () => {
	it('segments like Intl.Segmenter, and answers containing() alike', () => {
		const pool = ['a', ' ', '\r', '\n', '\r\n', '\t', '\u001B', '[', 'm', '\u007F', '\u0000', 'é', 'e\u0301', '👍', '\u{1F1EB}\u{1F1F7}', '한', '\u200D'];
		const random = createRandom(7);
		const next = (): number => Math.floor(random() * 2 ** 31);
		for (let run = 0; run < 3000; run++) {
			const text = Array.from({length: next() % 10}, () => pool[next() % pool.length]).join('');
			expect(plain(lazy.segment(text)), JSON.stringify(text)).toEqual(plain(real.segment(text)));
			for (const index of [-1, 0, 1, 3, text.length - 1, text.length]) {
				const ours = lazy.segment(text).containing(index);
				const theirs = real.segment(text).containing(index);
				expect(ours && {segment: ours.segment, index: ours.index}, `${JSON.stringify(text)} at ${index}`).toEqual(theirs && {segment: theirs.segment, index: theirs.index});
			}
		}
	});

	it('hands word segmentation to Intl.Segmenter', () => {
		const words = lazySegmenter('en', {granularity: 'word'});
		expect(plain(words.segment('two words'))).toEqual(plain(new Intl.Segmenter('en', {granularity: 'word'}).segment('two words')));
	});
});
