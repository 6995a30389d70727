/**
 * A grapheme `Intl.Segmenter` for Ink's dependencies (string-width, slice-ansi, ansi-tokenize), which
 * the bundle gives them in place of the one each creates when it loads (esbuild/lazy-intl-segmenter.mjs).
 * The first real segmenter loads ICU's break-iteration data, about 20 ms; most of what a screen
 * segments is ASCII, in which every code unit is a grapheme of its own except CR LF (UAX #29: no
 * ASCII character extends, prepends or joins), so such text is segmented here and the real
 * segmenter is made only when other text comes.
 */
export function lazySegmenter(locales?: string | string[], options?: Intl.SegmenterOptions): {segment(input: string): Intl.Segments} {
	let segmenter: Intl.Segmenter | undefined;
	const graphemes = (options?.granularity ?? 'grapheme') === 'grapheme';
	return {
		segment(input) {
			if (graphemes && isAsciiWithoutCrLf(input)) return asciiSegments(input);
			segmenter ??= new Intl.Segmenter(locales, options);
			return segmenter.segment(input);
		},
	};
}

function isAsciiWithoutCrLf(input: string): boolean {
	for (let index = 0; index < input.length; index++) {
		const code = input.charCodeAt(index);
		if (code > 0x7f || (code === 0x0d && input.charCodeAt(index + 1) === 0x0a)) return false;
	}
	return true;
}

function asciiSegments(input: string): Intl.Segments {
	const at = (index: number): Intl.SegmentData => ({segment: input[index]!, index, input});
	return {
		containing(codeUnitIndex = 0) {
			const index = Math.trunc(Number(codeUnitIndex)) || 0;
			return index >= 0 && index < input.length ? at(index) : undefined;
		},
		*[Symbol.iterator](): Generator<Intl.SegmentData, undefined> {
			for (let index = 0; index < input.length; index++) yield at(index);
			return undefined;
		},
	};
}
