import type {ClassDeclaration} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Executor} from '../compiler/compiled.js';
import {compileClass} from '../expressions/class-expression.js';
import {nameAccess} from '../expressions/identifier.js';

/** ClassDeclaration (§15.7.16): evaluates the class and initialises its binding. */
export function compileClassDeclaration(c: Compiler, node: ClassDeclaration): Executor {
	const evaluate = compileClass(c, node, node.id!.name);
	const init = nameAccess(c, node.id!.name).init;
	return env => {
		init(env, evaluate(env));
		return undefined;
	};
}
