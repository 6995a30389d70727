import type {BreakStatement, ContinueStatement, ExpressionStatement, ReturnStatement, ThrowStatement} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Executor, SuspendableExecutor} from '../compiler/compiled.js';
import {Abrupt, breakKind, continueKind, returnKind, unlabeledBreak, unlabeledContinue} from '../runtime/completion.js';
import {ThrowCompletion} from '../runtime/throw-completion.js';

/** ExpressionStatement (§14.5.1): evaluated for its effect. */
export function compileExpressionStatement(c: Compiler, node: ExpressionStatement): Executor {
	const evaluate = c.expression(node.expression);
	return env => {
		evaluate(env);
		return undefined;
	};
}

export function compileSuspendableExpressionStatement(c: Compiler, node: ExpressionStatement): SuspendableExecutor {
	const evaluate = c.suspendableExpression(node.expression);
	return function* (env) {
		yield* evaluate(env);
		return undefined;
	};
}

/** ReturnStatement (§14.10.1). */
export function compileReturnStatement(c: Compiler, node: ReturnStatement): Executor {
	if (!node.argument) return () => new Abrupt(returnKind, undefined, undefined);
	const evaluate = c.expression(node.argument);
	return env => new Abrupt(returnKind, undefined, evaluate(env));
}

export function compileSuspendableReturnStatement(c: Compiler, node: ReturnStatement): SuspendableExecutor {
	const evaluate = c.suspendableExpression(node.argument!);
	return function* (env) {
		return new Abrupt(returnKind, undefined, yield* evaluate(env));
	};
}

/** ThrowStatement (§14.14.1). */
export function compileThrowStatement(c: Compiler, node: ThrowStatement): Executor {
	const evaluate = c.expression(node.argument);
	return env => {
		throw new ThrowCompletion(evaluate(env));
	};
}

export function compileSuspendableThrowStatement(c: Compiler, node: ThrowStatement): SuspendableExecutor {
	const evaluate = c.suspendableExpression(node.argument);
	return function* (env) {
		throw new ThrowCompletion(yield* evaluate(env));
	};
}

/** BreakStatement and ContinueStatement (§14.8, §14.9). */
export function compileBreakStatement(_c: Compiler, node: BreakStatement): Executor {
	const completion = node.label ? new Abrupt(breakKind, node.label.name, undefined) : unlabeledBreak;
	return () => completion;
}

export function compileContinueStatement(_c: Compiler, node: ContinueStatement): Executor {
	const completion = node.label ? new Abrupt(continueKind, node.label.name, undefined) : unlabeledContinue;
	return () => completion;
}
