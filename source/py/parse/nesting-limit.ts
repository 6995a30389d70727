/** CPython's tokenizer refuses a bracket opened inside 200 others (Parser/tokenizer.h MAXLEVEL). */
export const maxBracketLevel = 200;
/** ... and a block indented 100 levels deep (Parser/tokenizer.h MAXINDENT). */
export const maxIndentLevel = 100;

export interface NestingError {
	readonly message: 'too many nested parentheses' | 'too many levels of indentation';
	/** 1-based. */
	readonly line: number;
	/** 1-based. */
	readonly column: number;
}

/**
 * The first place CPython's tokenizer gives up on nesting: a bracket past `maxBracketLevel`
 * ("too many nested parentheses", at the bracket) or a line indented past `maxIndentLevel`
 * ("too many levels of indentation", at its start). Strings and comments are skipped; an
 * f-string is one token, as in 3.11. Undefined when the source stays within both.
 */
export function tooDeeplyNested(source: string): NestingError | undefined {
	let level = 0;
	let line = 1;
	let lineStart = 0;
	let index = 0;
	/** Indentation widths of the open blocks, outermost first (the tokenizer's indent stack). */
	const indents = [0];
	let continued = false;
	const length = source.length;
	while (index < length) {
		if (index === lineStart && level === 0 && !continued) {
			const width = indentWidth(source, index);
			const first = source[index + width.chars];
			const blank = first === undefined || first === '\n' || first === '\r' || first === '#';
			if (!blank) {
				if (width.columns > indents.at(-1)!) {
					if (indents.length >= maxIndentLevel) return {message: 'too many levels of indentation', line, column: 1};
					indents.push(width.columns);
				} else {
					while (width.columns < indents.at(-1)!) indents.pop();
				}
			}
		}
		const char = source[index]!;
		if (char === '\n') {
			continued = source.slice(Math.max(0, index - 2), index).replace('\r', '').endsWith('\\');
			line++;
			lineStart = ++index;
		} else if (char === '#') {
			while (index < length && source[index] !== '\n') index++;
		} else if (char === '"' || char === "'") {
			const end = skipString(source, index, char);
			for (let at = index; at < end; at++) {
				if (source[at] === '\n') {
					line++;
					lineStart = at + 1;
				}
			}
			// A line that starts inside the string is passed over: it does not open or close a block.
			index = end;
		} else if (char === '(' || char === '[' || char === '{') {
			if (level >= maxBracketLevel) return {message: 'too many nested parentheses', line, column: index - lineStart + 1};
			level++;
			index++;
		} else if (char === ')' || char === ']' || char === '}') {
			if (level > 0) level--;
			index++;
		} else {
			index++;
		}
	}
	return undefined;
}

/** Leading whitespace: characters, and columns with tabs to the next multiple of 8 as the tokenizer counts them. */
function indentWidth(source: string, start: number): {chars: number; columns: number} {
	let columns = 0;
	let index = start;
	for (;;) {
		const char = source[index];
		if (char === ' ') columns++;
		else if (char === '\t') columns = (Math.floor(columns / 8) + 1) * 8;
		else if (char === '\f') columns = 0;
		else break;
		index++;
	}
	return {chars: index - start, columns};
}

/** The index just past the string literal that starts at `start` (a quote; prefixes need no care). */
function skipString(source: string, start: number, quote: string): number {
	const triple = source.startsWith(quote.repeat(3), start);
	const delimiter = triple ? quote.repeat(3) : quote;
	let index = start + delimiter.length;
	while (index < source.length) {
		const char = source[index]!;
		if (char === '\\') {
			index += 2;
		} else if (source.startsWith(delimiter, index)) {
			return index + delimiter.length;
		} else if (char === '\n' && !triple) {
			return index;
		} else {
			index++;
		}
	}
	return source.length;
}
