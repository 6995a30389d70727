import {SourceError} from '../../plan/index.js';

const blockNames: Record<string, string> = {
	if: "'if' statement",
	elif: "'elif' statement",
	else: "'else' statement",
	for: "'for' statement",
	while: "'while' statement",
	def: 'function definition',
	class: 'class definition',
	try: "'try' statement",
	except: "'except' statement",
	finally: "'finally' statement",
	with: "'with' statement",
};

interface LogicalLine {
	readonly row: number;
	readonly indent: number;
	readonly text: string;
	/** The line (outside strings and comments) ends with `:`. */
	readonly opensBlock: boolean;
}

/** Splits source into logical lines, skipping blank lines, comments, and lines inside brackets or strings. */
function logicalLines(source: string): LogicalLine[] {
	const lines: LogicalLine[] = [];
	const open: {char: string; row: number; col: number}[] = [];
	let quote: string | null = null;
	let start: {row: number; indent: number; text: string} | null = null;
	let lastSignificant = '';
	const physical = source.split('\n');
	physical.forEach((line, row) => {
		if (open.length === 0 && quote === null && start === null) {
			const trimmed = line.trim();
			if (trimmed === '' || trimmed.startsWith('#')) return;
			start = {row, indent: line.length - line.trimStart().length, text: trimmed};
		}
		for (let index = 0; index < line.length; index++) {
			const char = line[index]!;
			if (quote) {
				if (char === '\\') index++;
				else if (line.startsWith(quote, index)) {
					index += quote.length - 1;
					quote = null;
				}
				continue;
			}
			if (char === '#') break;
			if (char === '"' || char === "'") {
				quote = line.startsWith(char.repeat(3), index) ? char.repeat(3) : char;
				index += quote.length - 1;
				lastSignificant = char;
				continue;
			}
			if ('([{'.includes(char)) open.push({char, row, col: index});
			else if (')]}'.includes(char)) {
				const opener = open.pop();
				if (!opener) throw new SourceError('SyntaxError', `unmatched '${char}'`, row + 1, index + 1);
				const expected = {'(': ')', '[': ']', '{': '}'}[opener.char];
				if (expected !== char) throw new SourceError('SyntaxError', `closing parenthesis '${char}' does not match opening parenthesis '${opener.char}'`, row + 1, index + 1);
			}
			if (char.trim() !== '') lastSignificant = char;
		}
		if (quote && quote.length === 1) quote = null;
		const continued = line.trimEnd().endsWith('\\');
		if (open.length === 0 && quote === null && !continued && start) {
			lines.push({...start, opensBlock: lastSignificant === ':'});
			start = null;
		}
	});
	const unclosed = open[0];
	if (unclosed) throw new SourceError('SyntaxError', `'${unclosed.char}' was never closed`, unclosed.row + 1, unclosed.col + 1);
	return lines;
}

/**
 * CPython's IndentationError cases, which tree-sitter's recovery can hide: `unexpected indent`,
 * `expected an indented block after ...`, `unindent does not match any outer indentation level`.
 */
export function reportIndentationErrors(source: string): void {
	const stack = [0];
	let previous: LogicalLine | undefined;
	for (const line of logicalLines(source)) {
		const top = stack[stack.length - 1]!;
		if (previous?.opensBlock) {
			if (line.indent <= top) {
				const keyword = /^(async\s+)?(\w+)/.exec(previous.text)?.[2] ?? '';
				const what = blockNames[keyword] ?? `'${keyword}' statement`;
				throw new SourceError('SyntaxError', `expected an indented block after ${what} on line ${previous.row + 1}`, line.row + 1, line.indent + 1);
			}
			stack.push(line.indent);
		} else if (line.indent > top) {
			if (previous && /^(if|elif|else|for|while|def|class|try|except|finally|with|async)\b/.test(previous.text)) {
				throw new SourceError('SyntaxError', "expected ':'", previous.row + 1, previous.indent + previous.text.length + 1);
			}
			throw new SourceError('SyntaxError', 'unexpected indent', line.row + 1, line.indent + 1);
		} else if (line.indent < top) {
			while (stack.length > 1 && stack[stack.length - 1]! > line.indent) stack.pop();
			if (stack[stack.length - 1] !== line.indent) throw new SourceError('SyntaxError', 'unindent does not match any outer indentation level', line.row + 1, line.indent + 1);
		}
		previous = line;
	}
}
