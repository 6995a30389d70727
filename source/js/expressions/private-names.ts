import type {Class, PrivateIdentifier} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';

/**
 * Private Names (§6.2.12): each `#x` declared by a class body is one host symbol, used as the key
 * of an object's PrivateElements, which no reflection reaches.
 */
export function withPrivateNames<T>(c: Compiler, node: Class, compile: () => T): T {
	const names = new Map<string, symbol>();
	for (const element of node.body.body) {
		if ((element.type === 'MethodDefinition' || element.type === 'PropertyDefinition') && element.key.type === 'PrivateIdentifier') {
			const name = element.key.name;
			if (!names.has(name)) names.set(name, Symbol(name));
		}
	}
	c.privateNames.push(names);
	try {
		return compile();
	} finally {
		c.privateNames.pop();
	}
}

export function privateNameFor(c: Compiler, node: PrivateIdentifier): symbol {
	for (let i = c.privateNames.length - 1; i >= 0; i--) {
		const symbol = c.privateNames[i]!.get(node.name);
		if (symbol) return symbol;
	}
	return c.unsupported(node, `the undeclared private name #${node.name}`);
}
