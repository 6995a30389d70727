import type {FunctionDeclaration, Node} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Executor, SuspendableExecutor} from '../compiler/compiled.js';
import {compileFunction, instantiateFunction} from '../compiler/compile-function.js';
import type {Completion} from '../runtime/completion.js';
import type {Environment} from '../runtime/environment.js';

/** Creates the functions a scope hoists (InstantiateFunctionObject, §10.2.11 step 36). */
export function hoistedFunctions(c: Compiler, declarations: readonly FunctionDeclaration[]): ((env: Environment) => void)[] {
	return declarations.map(declaration => {
		const name = declaration.id!.name;
		const code = compileFunction(c, declaration, {name, kind: 'normal'});
		const slot = c.scope.names.get(name)!.slot;
		return env => {
			env.vars[slot] = instantiateFunction(code, env, name);
		};
	});
}

/** A statement list: runs each statement until one completes abruptly. */
export function compileStatementList(c: Compiler, statements: readonly Node[]): Executor {
	const executors = statements.filter(statement => statement.type !== 'FunctionDeclaration' && statement.type !== 'EmptyStatement').map(statement => c.statement(statement));
	const count = executors.length;
	if (count === 0) return () => undefined;
	if (count === 1) return executors[0]!;
	return env => {
		for (let i = 0; i < count; i++) {
			const completion = executors[i]!(env);
			if (completion !== undefined) return completion;
		}
		return undefined;
	};
}

export function compileSuspendableStatementList(c: Compiler, statements: readonly Node[]): SuspendableExecutor {
	const parts = statements
		.filter(statement => statement.type !== 'FunctionDeclaration' && statement.type !== 'EmptyStatement')
		.map(statement => (c.suspends(statement) ? {suspendable: c.suspendableStatement(statement)} : {plain: c.statement(statement)}));
	return function* (env) {
		for (const part of parts) {
			const completion: Completion = part.plain ? part.plain(env) : yield* part.suspendable!(env);
			if (completion !== undefined) return completion;
		}
		return undefined;
	};
}

