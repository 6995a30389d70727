/**
 * Terminal cells of a string, the common case without the full algorithm. string-width 8 (which Ink
 * measures and draws with) segments graphemes with `Intl.Segmenter` and tests `\p{RGI_Emoji}`: cold,
 * that costs 50–80 ms of loopstep's first frame. Characters in the table below are one grapheme each
 * whatever surrounds them and have one fixed width, so a string made only of them (and printable
 * ASCII) is the sum of its characters' widths. The table was derived from string-width 8.3 for the
 * blocks a debugger's screen uses (Latin, Greek, Cyrillic, punctuation, arrows, technical symbols,
 * box drawing, shapes, symbols and dingbats, CJK, Hangul, full-width forms), and test/ui/cell-width.test.ts checks every
 * code point in it against string-width itself.
 */
const widthRuns: readonly number[] = [
	0xa0, 0xac, 1, 0xae, 0x2ff, 1, 0x370, 0x482, 1, 0x48a, 0x4ff, 1, 0x2010, 0x2029, 1,
	0x202f, 0x205f, 1, 0x2070, 0x20cf, 1, 0x20f1, 0x2319, 1, 0x231a, 0x231b, 2, 0x231c, 0x2328, 1,
	0x2329, 0x232a, 2, 0x232b, 0x23e8, 1, 0x23e9, 0x23ec, 2, 0x23ed, 0x23ef, 1, 0x23f0, 0x23f0, 2,
	0x23f1, 0x23f2, 1, 0x23f3, 0x23f3, 2, 0x23f4, 0x25fc, 1, 0x25fd, 0x25fe, 2, 0x25ff, 0x2613, 1,
	0x2614, 0x2615, 2, 0x2616, 0x262f, 1, 0x2630, 0x2637, 2, 0x2638, 0x2647, 1, 0x2648, 0x2653, 2,
	0x2654, 0x267e, 1, 0x267f, 0x267f, 2, 0x2680, 0x2689, 1, 0x268a, 0x268f, 2, 0x2690, 0x2692, 1,
	0x2693, 0x2693, 2, 0x2694, 0x26a0, 1, 0x26a1, 0x26a1, 2, 0x26a2, 0x26a9, 1, 0x26aa, 0x26ab, 2,
	0x26ac, 0x26bc, 1, 0x26bd, 0x26be, 2, 0x26bf, 0x26c3, 1, 0x26c4, 0x26c5, 2, 0x26c6, 0x26cd, 1,
	0x26ce, 0x26ce, 2, 0x26cf, 0x26d3, 1, 0x26d4, 0x26d4, 2, 0x26d5, 0x26e9, 1, 0x26ea, 0x26ea, 2,
	0x26eb, 0x26f1, 1, 0x26f2, 0x26f3, 2, 0x26f4, 0x26f4, 1, 0x26f5, 0x26f5, 2, 0x26f6, 0x26f9, 1,
	0x26fa, 0x26fa, 2, 0x26fb, 0x26fc, 1, 0x26fd, 0x26fd, 2, 0x26fe, 0x2704, 1, 0x2705, 0x2705, 2,
	0x2706, 0x2709, 1, 0x270a, 0x270b, 2, 0x270c, 0x2727, 1, 0x2728, 0x2728, 2, 0x2729, 0x274b, 1,
	0x274c, 0x274c, 2, 0x274d, 0x274d, 1, 0x274e, 0x274e, 2, 0x274f, 0x2752, 1, 0x2753, 0x2755, 2,
	0x2756, 0x2756, 1, 0x2757, 0x2757, 2, 0x2758, 0x2794, 1, 0x2795, 0x2797, 2, 0x2798, 0x27af, 1,
	0x27b0, 0x27b0, 2, 0x27b1, 0x27be, 1, 0x27bf, 0x27bf, 2, 0x27c0, 0x2b1a, 1, 0x2b1b, 0x2b1c, 2,
	0x2b1d, 0x2b4f, 1, 0x2b50, 0x2b50, 2, 0x2b51, 0x2b54, 1, 0x2b55, 0x2b55, 2, 0x2b56, 0x2bff, 1,
	0x3000, 0x3029, 2, 0x3030, 0x303e, 2, 0x303f, 0x3040, 1, 0x3041, 0x3096, 2, 0x3097, 0x3098, 1,
	0x309b, 0x30ff, 2, 0x4e00, 0x9fff, 2, 0xac00, 0xd7a3, 2, 0xff00, 0xff00, 1, 0xff01, 0xff60, 2,
	0xff61, 0xff9d, 1, 0xffa1, 0xffdf, 1, 0xffe0, 0xffe6, 2, 0xffe7, 0xffef, 1,
];

/** Cells per UTF-16 code unit, 0 where the full algorithm must decide. */
let cellTable: Uint8Array | undefined;

function cells(): Uint8Array {
	if (cellTable === undefined) {
		cellTable = new Uint8Array(0x1_00_00).fill(1, 0x20, 0x7f);
		for (let index = 0; index < widthRuns.length; index += 3) cellTable.fill(widthRuns[index + 2]!, widthRuns[index]!, widthRuns[index + 1]! + 1);
	}
	return cellTable;
}

/**
 * The cells of a UTF-16 code unit that is a grapheme of its own whatever surrounds it (1 or 2), or 0
 * when string-width must decide.
 */
export function characterCells(code: number): number {
	return cells()[code]!;
}

/**
 * The index of the `m` ending an SGR sequence (ESC [ parameters m) that starts at `start`, or -1.
 * Parameters are digits and `;`, at most four digits in a row: the sequences strip-ansi (which
 * string-width applies first) removes whole.
 */
export function sgrEnd(text: string, start: number): number {
	if (text.charCodeAt(start) !== 0x1b || text.charCodeAt(start + 1) !== 0x5b) return -1;
	let digits = 0;
	for (let index = start + 2; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x6d) return index;
		if (code === 0x3b) digits = 0;
		else if (code < 0x30 || code > 0x39 || ++digits > 4) return -1;
	}
	return -1;
}

/**
 * The string's width in cells as string-width 8 computes it, or undefined when only it can tell:
 * characters of the table, between SGR sequences (colours and weights, which take no cells).
 */
export function simpleCellWidth(text: string): number | undefined {
	const table = cells();
	let width = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x1b) {
			index = sgrEnd(text, index);
			if (index === -1) return undefined;
			continue;
		}
		const cellsOfCharacter = table[code]!;
		if (cellsOfCharacter === 0) return undefined;
		width += cellsOfCharacter;
	}
	return width;
}
