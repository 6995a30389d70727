import type {VariableDeclaration} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Binder, Evaluator, Executor, SuspendableEvaluator, SuspendableExecutor} from '../compiler/compiled.js';
import {compilePatternBinder} from '../compiler/compile-pattern.js';
import {compileInitializer, isAnonymousFunctionDefinition, compileNamedEvaluation} from '../expressions/named-evaluation.js';

/** `var`/`let`/`const` declarations (§14.3.1.2, §14.3.2.1). */
export function compileVariableDeclaration(c: Compiler, node: VariableDeclaration): Executor {
	const steps = node.declarations.map(declarator => {
		const bind: Binder = compilePatternBinder(c, declarator.id, 'init');
		const name = declarator.id.type === 'Identifier' ? declarator.id.name : undefined;
		const init: Evaluator | undefined = declarator.init ? compileInitializer(c, declarator.init, name) : node.kind === 'var' ? undefined : () => undefined;
		return {bind, init};
	});
	if (steps.length === 1) {
		const {bind, init} = steps[0]!;
		if (!init) return () => undefined;
		return env => {
			bind(env, init(env));
			return undefined;
		};
	}
	return env => {
		for (const {bind, init} of steps) if (init) bind(env, init(env));
		return undefined;
	};
}

export function compileSuspendableVariableDeclaration(c: Compiler, node: VariableDeclaration): SuspendableExecutor {
	const steps = node.declarations.map(declarator => {
		const bind = compilePatternBinder(c, declarator.id, 'init');
		const name = declarator.id.type === 'Identifier' ? declarator.id.name : undefined;
		let init: SuspendableEvaluator | undefined;
		if (declarator.init) {
			if (name !== undefined && isAnonymousFunctionDefinition(declarator.init)) {
				const named = compileNamedEvaluation(c, declarator.init, name);
				init = function* (env) {
					return named(env);
				};
			} else {
				init = c.suspendableExpression(declarator.init);
			}
		} else if (node.kind !== 'var') {
			init = function* () {
				return undefined;
			};
		}
		return {bind, init};
	});
	return function* (env) {
		for (const {bind, init} of steps) if (init) bind(env, yield* init(env));
		return undefined;
	};
}
