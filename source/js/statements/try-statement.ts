import type {CatchClause, TryStatement} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Binder, Executor, SuspendableExecutor} from '../compiler/compiled.js';
import {compilePatternBinder} from '../compiler/compile-pattern.js';
import {boundNames} from '../compiler/declarations.js';
import {Scope} from '../compiler/scope.js';
import type {Completion} from '../runtime/completion.js';
import {Environment} from '../runtime/environment.js';
import {asProgramError} from '../runtime/host-errors.js';
import {ThrowCompletion} from '../runtime/throw-completion.js';
import type {Value} from '../values/value.js';
import {compileBlock, compileSuspendableBlock} from './block-statement.js';

const noException: unique symbol = Symbol('no exception');

/**
 * Only the program's own exceptions are catchable: the step cap and `process.exit` unwind through
 * `catch` and `finally` untouched, as they do not exist for the program.
 */
function programException(error: unknown): ThrowCompletion {
	const converted = asProgramError(error);
	if (converted instanceof ThrowCompletion) return converted;
	throw converted;
}

interface CatchParts {
	readonly scope: Scope | undefined;
	readonly bind: Binder | undefined;
	readonly step: () => void;
}

function catchParts(c: Compiler, handler: CatchClause): CatchParts {
	const recorder = c.recorder;
	const line = c.line(handler);
	const column = c.column(handler);
	const narration = c.intern(`The exception is caught by the catch block on line ${line}.`);
	const step = () => recorder.step('error', line, column, narration);
	if (!handler.param) return {scope: undefined, bind: undefined, step};
	const scope = new Scope(c.scope, false);
	for (const name of boundNames(handler.param)) scope.declare(name, 'let');
	return {scope, bind: c.inScope(scope, () => compilePatternBinder(c, handler.param!, 'init')), step};
}

/** TryStatement (§14.15.3). */
export function compileTryStatement(c: Compiler, node: TryStatement): Executor {
	const block = compileBlock(c, node.block.body);
	const parts = node.handler ? catchParts(c, node.handler) : undefined;
	const handler = node.handler ? c.inScope(parts!.scope ?? c.scope, () => compileBlock(c, node.handler!.body.body)) : undefined;
	const finalizer = node.finalizer ? compileBlock(c, node.finalizer.body) : undefined;
	const runHandler = (env: Environment, value: Value): Completion => {
		parts!.step();
		const catchEnv = parts!.scope ? new Environment(new Array(parts!.scope.size), env) : env;
		parts!.bind?.(catchEnv, value);
		return handler!(catchEnv);
	};
	return env => {
		let completion: Completion;
		let thrown: ThrowCompletion | typeof noException = noException;
		try {
			completion = block(env);
		} catch (error) {
			const exception = programException(error);
			if (handler) {
				try {
					completion = runHandler(env, exception.value);
				} catch (inner) {
					thrown = programException(inner);
				}
			} else {
				thrown = exception;
			}
		}
		if (finalizer) {
			const final = finalizer(env);
			if (final !== undefined) return final;
		}
		if (thrown !== noException) throw thrown;
		return completion;
	};
}

export function compileSuspendableTryStatement(c: Compiler, node: TryStatement): SuspendableExecutor {
	const block = compileSuspendableBlock(c, node.block.body);
	const parts = node.handler ? catchParts(c, node.handler) : undefined;
	const handler = node.handler ? c.inScope(parts!.scope ?? c.scope, () => compileSuspendableBlock(c, node.handler!.body.body)) : undefined;
	const finalizer = node.finalizer ? compileSuspendableBlock(c, node.finalizer.body) : undefined;
	return function* (env) {
		let completion: Completion;
		let thrown: ThrowCompletion | typeof noException = noException;
		// A generator's return() resumes the body with a host return: `finally` must still run then.
		let interrupted = true;
		try {
			try {
				completion = yield* block(env);
			} catch (error) {
				interrupted = false;
				throw error;
			}
			interrupted = false;
		} catch (error) {
			const exception = programException(error);
			if (handler) {
				try {
					parts!.step();
					const catchEnv = parts!.scope ? new Environment(new Array(parts!.scope.size), env) : env;
					parts!.bind?.(catchEnv, exception.value);
					completion = yield* handler(catchEnv);
				} catch (inner) {
					thrown = programException(inner);
				}
			} else {
				thrown = exception;
			}
		} finally {
			if (interrupted && finalizer) yield* finalizer(env);
		}
		if (finalizer) {
			const final = yield* finalizer(env);
			if (final !== undefined) return final;
		}
		if (thrown !== noException) throw thrown;
		return completion;
	};
}
