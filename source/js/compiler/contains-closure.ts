import type {Node} from 'acorn';

const closureTypes = new Set(['FunctionExpression', 'ArrowFunctionExpression', 'FunctionDeclaration', 'ClassExpression', 'ClassDeclaration']);

/**
 * Whether any function or class is created inside these nodes. Only a closure can observe that a
 * loop's `let` bindings are fresh per iteration, so loops without one may reuse one environment.
 */
export function containsClosure(...nodes: (Node | null | undefined)[]): boolean {
	const visit = (node: Node): boolean => {
		if (closureTypes.has(node.type)) return true;
		for (const key in node) {
			if (key === 'loc') continue;
			const child = (node as unknown as Record<string, unknown>)[key];
			if (Array.isArray(child)) {
				for (const item of child) if (item && typeof item === 'object' && typeof (item as Node).type === 'string' && visit(item as Node)) return true;
			} else if (child && typeof child === 'object' && typeof (child as Node).type === 'string' && visit(child as Node)) {
				return true;
			}
		}
		return false;
	};
	return nodes.some(node => node !== null && node !== undefined && visit(node));
}
