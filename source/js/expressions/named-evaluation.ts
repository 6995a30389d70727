import type {Node, Expression, ClassExpression} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator} from '../compiler/compiled.js';
import {compileFunction, instantiateFunction, type FunctionNode} from '../compiler/compile-function.js';
import {compileClass} from './class-expression.js';

/** IsAnonymousFunctionDefinition (§8.4.3): a literal that takes its name from where it is bound. */
export function isAnonymousFunctionDefinition(node: Node): boolean {
	return (
		node.type === 'ArrowFunctionExpression' ||
		((node.type === 'FunctionExpression' || node.type === 'ClassExpression') && !(node as {id?: unknown}).id)
	);
}

/** NamedEvaluation (§8.4.5): `const f = () => {}` names the function `f`. */
export function compileNamedEvaluation(c: Compiler, node: Node, name: string): Evaluator {
	if (node.type === 'ClassExpression') return compileClass(c, node as ClassExpression, name);
	const code = compileFunction(c, node as FunctionNode, {name, kind: node.type === 'ArrowFunctionExpression' ? 'arrow' : 'normal'});
	return env => instantiateFunction(code, env, name);
}

/** Compiles an initializer, naming it when it is an anonymous function. */
export function compileInitializer(c: Compiler, node: Expression, name: string | undefined): Evaluator {
	return name !== undefined && isAnonymousFunctionDefinition(node) ? compileNamedEvaluation(c, node, name) : c.expression(node);
}
