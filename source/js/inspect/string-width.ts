// getStringWidth from Node 20 lib/internal/util/inspect.js (its variant for builds without ICU).
// Without colors nothing needs stripping, so only the column count is ported.

function isFullWidthCodePoint(code: number): boolean {
	// Code points partially derived from https://www.unicode.org/Public/UNIDATA/EastAsianWidth.txt
	return code >= 0x1100 && (
		code <= 0x115f ||
		code === 0x2329 ||
		code === 0x232a ||
		(code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
		(code >= 0x3250 && code <= 0x4dbf) ||
		(code >= 0x4e00 && code <= 0xa4c6) ||
		(code >= 0xa960 && code <= 0xa97c) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xfe10 && code <= 0xfe19) ||
		(code >= 0xfe30 && code <= 0xfe6b) ||
		(code >= 0xff01 && code <= 0xff60) ||
		(code >= 0xffe0 && code <= 0xffe6) ||
		(code >= 0x1b000 && code <= 0x1b001) ||
		(code >= 0x1f200 && code <= 0x1f251) ||
		(code >= 0x1f300 && code <= 0x1f64f) ||
		(code >= 0x20000 && code <= 0x3fffd)
	);
}

function isZeroWidthCodePoint(code: number): boolean {
	return code <= 0x1f ||
		(code >= 0x7f && code <= 0x9f) ||
		(code >= 0x300 && code <= 0x36f) ||
		(code >= 0x200b && code <= 0x200f) ||
		(code >= 0x20d0 && code <= 0x20ff) ||
		(code >= 0xfe00 && code <= 0xfe0f) ||
		(code >= 0xfe20 && code <= 0xfe2f) ||
		(code >= 0xe0100 && code <= 0xe01ef);
}

/** Terminal columns taken by `str`; ASCII is counted directly, as Node's fast path does. */
export function getStringWidth(str: string): number {
	let width = 0;
	for (let i = 0; i < str.length; i++) {
		const code = str.charCodeAt(i);
		if (code >= 127) return width + nonAsciiWidth(str.slice(i));
		width += code >= 32 ? 1 : 0;
	}
	return width;
}

function nonAsciiWidth(str: string): number {
	let width = 0;
	for (const char of str.normalize('NFC')) {
		const code = char.codePointAt(0)!;
		if (isFullWidthCodePoint(code)) {
			width += 2;
		} else if (!isZeroWidthCodePoint(code)) {
			width++;
		}
	}
	return width;
}
