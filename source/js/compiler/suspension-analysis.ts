import type {Node} from 'acorn';

const functionTypes = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/**
 * Finds every node that contains an `await`, a `yield` or a `for await` outside nested functions:
 * exactly the nodes of a body that must compile to suspendable form. One pass over the program.
 */
export function findSuspendingNodes(program: Node): Set<Node> {
	const suspending = new Set<Node>();
	const visit = (node: Node): boolean => {
		let found = node.type === 'AwaitExpression' || node.type === 'YieldExpression' || (node.type === 'ForOfStatement' && (node as Node & {await: boolean}).await);
		for (const key in node) {
			if (key === 'loc' || key === 'start' || key === 'end' || key === 'type') continue;
			const child = (node as unknown as Record<string, unknown>)[key];
			if (Array.isArray(child)) {
				for (const item of child) if (isNode(item) && visitChild(item)) found = true;
			} else if (isNode(child) && visitChild(child)) {
				found = true;
			}
		}
		if (found) suspending.add(node);
		return found;
	};
	const visitChild = (child: Node): boolean => {
		if (functionTypes.has(child.type)) {
			visit(child);
			return false;
		}
		return visit(child);
	};
	visit(program);
	return suspending;
}

function isNode(value: unknown): value is Node {
	return typeof value === 'object' && value !== null && typeof (value as {type?: unknown}).type === 'string';
}
