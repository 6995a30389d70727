import type {BlockStatement, Node, Statement} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Executor, SuspendableExecutor} from '../compiler/compiled.js';
import {lexicalDeclarations} from '../compiler/declarations.js';
import {Scope} from '../compiler/scope.js';
import {Environment} from '../runtime/environment.js';
import {uninitialized} from '../values/value.js';
import {compileStatementList, compileSuspendableStatementList, hoistedFunctions} from './statement-list.js';

/**
 * BlockDeclarationInstantiation (§14.2.3): a block that declares let/const/class/function gets its
 * own environment; any other block runs in its parent's.
 */
export function blockScope(c: Compiler, statements: readonly Node[]): Scope | undefined {
	const lexical = lexicalDeclarations(statements as Statement[]);
	if (lexical.lets.length + lexical.consts.length + lexical.classes.length + lexical.functions.length === 0) return undefined;
	const scope = new Scope(c.scope, false);
	for (const name of lexical.lets) scope.declare(name, 'let');
	for (const name of lexical.consts) scope.declare(name, 'const');
	for (const name of lexical.classes) scope.declare(name, 'class');
	for (const declaration of lexical.functions) scope.declare(declaration.id!.name, 'function');
	return scope;
}

export function compileBlock(c: Compiler, statements: readonly Node[]): Executor {
	const scope = blockScope(c, statements);
	if (!scope) return compileStatementList(c, statements);
	return c.inScope(scope, () => {
		const lexical = lexicalDeclarations(statements as Statement[]);
		const hoisted = hoistedFunctions(c, lexical.functions);
		const body = compileStatementList(c, statements);
		const size = scope.size;
		const tdz = scope.lexicalSlots();
		return (env: Environment) => {
			const inner = new Environment(new Array(size), env);
			for (const slot of tdz) inner.vars[slot] = uninitialized;
			for (const hoist of hoisted) hoist(inner);
			return body(inner);
		};
	});
}

export function compileSuspendableBlock(c: Compiler, statements: readonly Node[]): SuspendableExecutor {
	const scope = blockScope(c, statements);
	if (!scope) return compileSuspendableStatementList(c, statements);
	return c.inScope(scope, () => {
		const lexical = lexicalDeclarations(statements as Statement[]);
		const hoisted = hoistedFunctions(c, lexical.functions);
		const body = compileSuspendableStatementList(c, statements);
		const size = scope.size;
		const tdz = scope.lexicalSlots();
		return function* (env: Environment) {
			const inner = new Environment(new Array(size), env);
			for (const slot of tdz) inner.vars[slot] = uninitialized;
			for (const hoist of hoisted) hoist(inner);
			return yield* body(inner);
		};
	});
}

export function compileBlockStatement(c: Compiler, node: BlockStatement): Executor {
	return compileBlock(c, node.body);
}

export function compileSuspendableBlockStatement(c: Compiler, node: BlockStatement): SuspendableExecutor {
	return compileSuspendableBlock(c, node.body);
}
