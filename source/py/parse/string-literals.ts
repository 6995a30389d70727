/** The prefix letters of a string literal, e.g. `rb`, `f`, `` (none). */
export interface StringPrefix {
	readonly raw: boolean;
	readonly bytes: boolean;
	readonly format: boolean;
}

export function parsePrefix(start: string): StringPrefix {
	const letters = start.replace(/["']+$/, '').toLowerCase();
	return {raw: letters.includes('r'), bytes: letters.includes('b'), format: letters.includes('f')};
}

const simpleEscapes: Record<string, string> = {
	'\n': '',
	'\\': '\\',
	"'": "'",
	'"': '"',
	a: '\x07',
	b: '\b',
	f: '\f',
	n: '\n',
	r: '\r',
	t: '\t',
	v: '\v',
};

/** Decodes backslash escapes as CPython's string literal rules do (unknown escapes stay as written). */
export function decodeEscapes(text: string, bytes: boolean): string {
	if (!text.includes('\\')) return text;
	let out = '';
	for (let index = 0; index < text.length; index++) {
		const char = text[index]!;
		if (char !== '\\' || index + 1 >= text.length) {
			out += char;
			continue;
		}
		const next = text[index + 1]!;
		if (next in simpleEscapes) {
			out += simpleEscapes[next];
			index++;
		} else if (next >= '0' && next <= '7') {
			const digits = /^[0-7]{1,3}/.exec(text.slice(index + 1))![0];
			out += String.fromCodePoint(parseInt(digits, 8));
			index += digits.length;
		} else if (next === 'x' || (!bytes && (next === 'u' || next === 'U'))) {
			const width = next === 'x' ? 2 : next === 'u' ? 4 : 8;
			const hex = text.slice(index + 2, index + 2 + width);
			out += String.fromCodePoint(parseInt(hex, 16));
			index += 1 + width;
		} else if (!bytes && next === 'N') {
			const end = text.indexOf('}', index);
			out += namedCharacter(text.slice(index + 3, end));
			index = end;
		} else {
			out += char;
		}
	}
	return out;
}

const namedCharacters: Record<string, string> = {
	'BULLET': '\u2022',
	'EM DASH': '\u2014',
	'EN DASH': '\u2013',
	'HORIZONTAL ELLIPSIS': '\u2026',
	'CHECK MARK': '\u2713',
	'DEGREE SIGN': '\u00b0',
	'GREEK SMALL LETTER ALPHA': '\u03b1',
	'GREEK SMALL LETTER PI': '\u03c0',
	'SNOWMAN': '\u2603',
};

function namedCharacter(name: string): string {
	return namedCharacters[name.toUpperCase()] ?? '\ufffd';
}
