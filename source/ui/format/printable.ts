/**
 * Text from the program (console output, labels, source) made safe for one terminal line: tabs
 * become spaces and control characters are shown as `^X`, so a program that prints escape
 * sequences or carriage returns cannot move the cursor or recolour the screen.
 */
export function printable(text: string, tabWidth = 2): string {
	if (!/[\u0000-\u001f\u007f-\u009f]/.test(text)) return text;
	let result = '';
	for (const character of text) {
		const code = character.codePointAt(0)!;
		if (character === '\t') result += ' '.repeat(tabWidth);
		else if (code < 0x20) result += `^${String.fromCharCode(code + 64)}`;
		else if (code === 0x7f) result += '^?';
		else if (code >= 0x80 && code <= 0x9f) result += '?';
		else result += character;
	}
	return result;
}

/** Cuts `text` to `width` characters, ending in `ellipsis` when it had to cut. */
export function fit(text: string, width: number, ellipsis: string): string {
	if (width <= 0) return '';
	if (text.length <= width) return text;
	if (width <= ellipsis.length) return text.slice(0, width);
	return text.slice(0, width - ellipsis.length) + ellipsis;
}
