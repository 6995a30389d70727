import {createRequire} from 'node:module';
import type Parser from 'tree-sitter';

export type SyntaxNode = Parser.SyntaxNode;

let parser: Parser | undefined;

/**
 * The native parser loads on first use, not at import: a static import would load it (and the
 * grammar) at every start-up of the bundled CLI, even for `--help` or a JavaScript file.
 */
function createParser(): Parser {
	const require = createRequire(import.meta.url);
	const ParserClass = require('tree-sitter') as typeof Parser;
	const python = require('tree-sitter-python') as Parser.Language;
	const created = new ParserClass();
	created.setLanguage(python);
	return created;
}

/** Parses Python source with tree-sitter-python; one parser per process, created on first use. */
export function parseTree(source: string): SyntaxNode {
	parser ??= createParser();
	// The native binding reads long inputs through a callback; passing the string is enough below 32 KiB.
	const tree = source.length < 32_000 ? parser.parse(source) : parser.parse((index: number) => source.slice(index, index + 16_384));
	return tree.rootNode;
}
