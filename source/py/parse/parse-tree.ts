import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';

export type SyntaxNode = Parser.SyntaxNode;

let parser: Parser | undefined;

/** Parses Python source with tree-sitter-python; one parser per process, created on first use. */
export function parseTree(source: string): SyntaxNode {
	if (!parser) {
		parser = new Parser();
		parser.setLanguage(Python as unknown as Parser.Language);
	}
	// The native binding reads long inputs through a callback; passing the string is enough below 32 KiB.
	const tree = source.length < 32_000 ? parser.parse(source) : parser.parse((index: number) => source.slice(index, index + 16_384));
	return tree.rootNode;
}
