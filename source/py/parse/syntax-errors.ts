import {SourceError} from '../../plan/index.js';
import type {SyntaxNode} from './parse-tree.js';

/** The first ERROR or MISSING node in document order, if the tree has one. */
function firstError(node: SyntaxNode): SyntaxNode | undefined {
	if (!node.hasError && !node.isMissing) return undefined;
	if (node.type === 'ERROR' || node.isMissing) {
		for (const child of node.children) {
			const inner = child.isMissing ? child : undefined;
			if (inner) return inner;
		}
		return node;
	}
	for (const child of node.children) {
		const found = firstError(child);
		if (found) return found;
	}
	return node;
}

const blockKeywords: Record<string, string> = {
	if_statement: "'if' statement",
	elif_clause: "'elif' statement",
	else_clause: "'else' statement",
	for_statement: "'for' statement",
	while_statement: "'while' statement",
	function_definition: 'function definition',
	class_definition: 'class definition',
	try_statement: "'try' statement",
	except_clause: "'except' statement",
	finally_clause: "'finally' statement",
	with_statement: "'with' statement",
};

/**
 * Throws a `SyntaxError` SourceError for the first parse error, with CPython's wording where the
 * shape of the error makes it clear ("expected ':'", "unexpected indent", "'(' was never closed").
 */
export function reportSyntaxErrors(root: SyntaxNode, source: string): void {
	const error = firstError(root);
	if (!error) return;
	const line = error.startPosition.row + 1;
	const col = error.startPosition.column + 1;
	throw new SourceError('SyntaxError', describe(error, source), line, col);
}

function describe(node: SyntaxNode, source: string): string {
	if (node.isMissing) {
		if (node.type === ':') return "expected ':'";
		const opener = {')': '(', ']': '[', '}': '{'}[node.type];
		if (opener) return `'${opener}' was never closed`;
		return 'invalid syntax';
	}
	const lines = source.split('\n');
	const lineText = lines[node.startPosition.row] ?? '';
	const header = lineText.trim();
	if (/^(if|elif|else|for|while|def|class|try|except|finally|with|async)\b/.test(header) && !header.replace(/#.*$/, '').trimEnd().endsWith(':')) return "expected ':'";
	const text = node.text.trim();
	const first = node.children[0];
	if (first && [')', ']', '}'].includes(first.type) && node.childCount === 1) return `unmatched '${first.type}'`;
	if (/^\s+\S/.test(lineText) && node.startPosition.column === 0 && node.parent?.type === 'module') {
		const previous = lines.slice(0, node.startPosition.row).reverse().find(candidate => candidate.trim() !== '' && !candidate.trim().startsWith('#'));
		if (previous?.trimEnd().endsWith(':')) return `expected an indented block`;
		return 'unexpected indent';
	}
	const parentKind = node.parent ? blockKeywords[node.parent.type] : undefined;
	if (parentKind && text === '') return `expected an indented block after ${parentKind} on line ${node.parent!.startPosition.row + 1}`;
	if (/^(print|exec) ["'\w]/.test(text)) return `Missing parentheses in call to '${text.split(' ')[0]}'. Did you mean ${text.split(' ')[0]}(...)?`;
	return 'invalid syntax';
}
