import type {Located} from '../parse/ast.js';
import type {TracebackEntry} from '../runtime/py-instance.js';

/** A binary operation or subscript: where CPython 3.11 puts `~` and `^` apart. */
interface Anchored extends Located {
	readonly kind?: string;
	readonly left?: Located;
	readonly right?: Located;
	readonly object?: Located;
	readonly index?: Located;
}

/**
 * The `^^^^` line under a traceback's source line (Lib/traceback.py `format_frame_summary`,
 * 3.11): the failing expression, unless it spans the whole line; a binary operation shows `~`
 * under its operands and `^` under its operator, a subscript `~` under the value and `^` under
 * `[index]`. Undefined when there is nothing to show.
 */
export function caretLine(sourceLine: string, entry: TracebackEntry): string | undefined {
	const span = entry.span as Anchored | undefined;
	if (!span || span.endLine === undefined || span.endCol === undefined || span.line !== entry.line) return undefined;
	const line = sourceLine.replace(/\r$/, '');
	const strippedLine = line.trim();
	const strippedCharacters = line.length - line.trimStart().length;
	const start = span.col - 1;
	const singleLine = span.endLine === span.line;
	const end = singleLine ? span.endCol - 1 : line.trimEnd().length;
	if (end <= start) return undefined;
	const anchors = singleLine ? anchorsOf(span, line) : undefined;
	const showsPart = end - start < strippedLine.length || (anchors !== undefined && anchors.rightStart - anchors.leftEnd > 0);
	if (!showsPart) return undefined;
	const indent = ' '.repeat(start - strippedCharacters);
	if (!anchors) return indent + '^'.repeat(end - start);
	return indent + anchors.primary.repeat(anchors.leftEnd) + anchors.secondary.repeat(anchors.rightStart - anchors.leftEnd) + anchors.primary.repeat(end - start - anchors.rightStart);
}

interface Anchors {
	/** Offsets inside the expression's own text. */
	readonly leftEnd: number;
	readonly rightStart: number;
	readonly primary: string;
	readonly secondary: string;
}

/** traceback.py `_extract_caret_anchors_from_line_segment`. */
function anchorsOf(span: Anchored, line: string): Anchors | undefined {
	const start = span.col - 1;
	const segment = line.slice(start, span.endCol! - 1);
	if (span.kind === 'binop' && span.left?.endCol !== undefined && span.right && span.left.endLine === span.line && span.right.line === span.line) {
		const operatorStart = span.left.endCol - 1 - start;
		const operatorText = segment.slice(operatorStart, span.right.col - 1 - start);
		const operatorOffset = operatorText.length - operatorText.trimStart().length;
		let leftAnchor = operatorStart + operatorOffset;
		let rightAnchor = leftAnchor + 1;
		if (operatorOffset + 1 < operatorText.length && !/\s/.test(operatorText[operatorOffset + 1]!)) rightAnchor++;
		while (leftAnchor < segment.length && (/\s/.test(segment[leftAnchor]!) || ')#'.includes(segment[leftAnchor]!))) {
			leftAnchor++;
			rightAnchor++;
		}
		return {leftEnd: leftAnchor, rightStart: rightAnchor, primary: '~', secondary: '^'};
	}
	if (span.kind === 'subscript' && span.object?.endCol !== undefined && span.index?.endCol !== undefined && span.object.endLine === span.line && span.index.endLine === span.line) {
		let leftAnchor = span.object.endCol - 1 - start;
		let rightAnchor = span.index.endCol - start;
		while (leftAnchor < segment.length && segment[leftAnchor] !== '[') leftAnchor++;
		while (rightAnchor < segment.length && segment[rightAnchor] !== ']') rightAnchor++;
		if (rightAnchor < segment.length) rightAnchor++;
		return {leftEnd: leftAnchor, rightStart: rightAnchor, primary: '~', secondary: '^'};
	}
	return undefined;
}
