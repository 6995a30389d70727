// strEscape and its tables from Node 20 lib/internal/util/inspect.js.

const strEscapeSequencesRegExp = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const strEscapeSequencesReplacer = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const strEscapeSequencesRegExpSingle = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const strEscapeSequencesReplacerSingle = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex = (code: number): string => code.toString(16).toUpperCase().padStart(2, '0');

// `meta`: the escape for each code unit below 0xA0 ('' when none is needed).
const meta: readonly string[] = Array.from({length: 0xa0}, (_, code) => {
	const named: Record<number, string> = {8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\'};
	const name = named[code];
	if (name !== undefined) return name;
	return code < 0x20 || code >= 0x7f ? `\\x${hex(code)}` : '';
});

/** Quote with ', or with " / ` when the string contains single quotes (quotes: 39, -1, -2). */
function addQuotes(str: string, quotes: number): string {
	if (quotes === -1) return `"${str}"`;
	if (quotes === -2) return `\`${str}\``;
	return `'${str}'`;
}

export function escapeFn(str: string): string {
	const charCode = str.charCodeAt(0);
	return meta.length > charCode ? meta[charCode]! : `\\u${charCode.toString(16)}`;
}

/** Escape control characters, lone surrogates, the chosen quote and the backslash; then quote. */
export function strEscape(str: string): string {
	let escapeTest = strEscapeSequencesRegExp;
	let escapeReplace = strEscapeSequencesReplacer;
	let singleQuote = 39;
	// Prefer "..." when the text has single quotes, then `...`, and only then escape the quotes.
	if (str.includes("'")) {
		if (!str.includes('"')) {
			singleQuote = -1;
		} else if (!str.includes('`') && !str.includes('${')) {
			singleQuote = -2;
		}
		if (singleQuote !== 39) {
			escapeTest = strEscapeSequencesRegExpSingle;
			escapeReplace = strEscapeSequencesReplacerSingle;
		}
	}
	if (str.length < 5000 && !escapeTest.test(str)) return addQuotes(str, singleQuote);
	if (str.length > 100) return addQuotes(str.replace(escapeReplace, escapeFn), singleQuote);

	let result = '';
	let last = 0;
	for (let i = 0; i < str.length; i++) {
		const point = str.charCodeAt(i);
		if (point === singleQuote || point === 92 || point < 32 || (point > 126 && point < 160)) {
			result += last === i ? meta[point]! : `${str.slice(last, i)}${meta[point]!}`;
			last = i + 1;
		} else if (point >= 0xd800 && point <= 0xdfff) {
			if (point <= 0xdbff && i + 1 < str.length) {
				const next = str.charCodeAt(i + 1);
				if (next >= 0xdc00 && next <= 0xdfff) {
					i++;
					continue;
				}
			}
			result += `${str.slice(last, i)}\\u${point.toString(16)}`;
			last = i + 1;
		}
	}
	if (last !== str.length) result += str.slice(last);
	return addQuotes(result, singleQuote);
}
