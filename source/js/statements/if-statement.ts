import type {IfStatement} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Executor, SuspendableExecutor} from '../compiler/compiled.js';
import {toBoolean} from '../values/type-conversion.js';

/** IfStatement (§14.6.2). */
export function compileIfStatement(c: Compiler, node: IfStatement): Executor {
	const test = c.expression(node.test);
	const consequent = c.statement(node.consequent);
	const alternate = node.alternate ? c.statement(node.alternate) : undefined;
	if (!alternate) return env => (toBoolean(test(env)) ? consequent(env) : undefined);
	return env => (toBoolean(test(env)) ? consequent(env) : alternate(env));
}

export function compileSuspendableIfStatement(c: Compiler, node: IfStatement): SuspendableExecutor {
	const test = c.suspendableExpression(node.test);
	const consequent = c.suspendableStatement(node.consequent);
	const alternate = node.alternate ? c.suspendableStatement(node.alternate) : undefined;
	return function* (env) {
		if (toBoolean(yield* test(env))) return yield* consequent(env);
		return alternate ? yield* alternate(env) : undefined;
	};
}
