import type {ArrowFunctionExpression, FunctionExpression} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator} from '../compiler/compiled.js';
import {compileFunction, instantiateFunction} from '../compiler/compile-function.js';

/** FunctionExpression and ArrowFunction (§15.2.5, §15.3.4): a new closure per evaluation. */
export function compileFunctionExpression(c: Compiler, node: FunctionExpression | ArrowFunctionExpression): Evaluator {
	const name = node.type === 'FunctionExpression' && node.id ? node.id.name : '';
	const code = compileFunction(c, node, {name, kind: node.type === 'ArrowFunctionExpression' ? 'arrow' : 'normal'});
	return env => instantiateFunction(code, env, name);
}
