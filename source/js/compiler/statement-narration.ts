import type {Node, VariableDeclaration, ReturnStatement, IfStatement, ThrowStatement} from 'acorn';
import type {Compiler} from './compiler.js';

/** One sentence for a statement step: what this line is about to do. */
export function statementNarration(c: Compiler, node: Node): string {
	const line = c.line(node);
	switch (node.type) {
		case 'VariableDeclaration': {
			const declaration = node as VariableDeclaration;
			return `Line ${line} declares ${declaration.kind} ${declaration.declarations.map(d => c.snippet(d.id, 30)).join(', ')}.`;
		}
		case 'ReturnStatement':
			return (node as ReturnStatement).argument ? `Line ${line} returns ${c.snippet((node as ReturnStatement).argument!, 50)}.` : `Line ${line} returns.`;
		case 'IfStatement':
			return `Line ${line} tests ${c.snippet((node as IfStatement).test, 50)}.`;
		case 'ThrowStatement':
			return `Line ${line} throws ${c.snippet((node as ThrowStatement).argument, 50)}.`;
		case 'BreakStatement':
			return `Line ${line} breaks out of the loop or switch.`;
		case 'ContinueStatement':
			return `Line ${line} continues with the next iteration.`;
		case 'ClassDeclaration':
			return `Line ${line} defines a class.`;
		case 'SwitchStatement':
			return `Line ${line} picks a case of the switch.`;
		default:
			return `Line ${line} runs ${c.snippet(node, 60)}.`;
	}
}
