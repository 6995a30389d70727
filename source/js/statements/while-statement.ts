import type {DoWhileStatement, WhileStatement} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Executor, SuspendableExecutor} from '../compiler/compiled.js';
import {breaksHere, loopContinues} from '../runtime/completion.js';
import {toBoolean} from '../values/type-conversion.js';
import {iterationStep} from './loop-step.js';

/** WhileStatement and DoWhileStatement (§14.7.3, §14.7.2). */
export function compileWhileStatement(c: Compiler, node: WhileStatement | DoWhileStatement): Executor {
	const labels = c.takeLabels();
	const step = iterationStep(c, node.test, `The ${node.type === 'WhileStatement' ? 'while' : 'do...while'} loop checks its condition: ${c.snippet(node.test)}`);
	const test = c.expression(node.test);
	const body = c.statement(node.body);
	const testFirst = node.type === 'WhileStatement';
	return env => {
		if (testFirst) {
			step();
			if (!toBoolean(test(env))) return undefined;
		}
		for (;;) {
			const completion = body(env);
			if (completion !== undefined) {
				if (breaksHere(completion, labels)) return undefined;
				if (!loopContinues(completion, labels)) return completion;
			}
			step();
			if (!toBoolean(test(env))) return undefined;
		}
	};
}

export function compileSuspendableWhileStatement(c: Compiler, node: WhileStatement | DoWhileStatement): SuspendableExecutor {
	const labels = c.takeLabels();
	const step = iterationStep(c, node.test, `The ${node.type === 'WhileStatement' ? 'while' : 'do...while'} loop checks its condition: ${c.snippet(node.test)}`);
	const test = c.suspendableExpression(node.test);
	const body = c.suspendableStatement(node.body);
	const testFirst = node.type === 'WhileStatement';
	return function* (env) {
		if (testFirst) {
			step();
			if (!toBoolean(yield* test(env))) return undefined;
		}
		for (;;) {
			const completion = yield* body(env);
			if (completion !== undefined) {
				if (breaksHere(completion, labels)) return undefined;
				if (!loopContinues(completion, labels)) return completion;
			}
			step();
			if (!toBoolean(yield* test(env))) return undefined;
		}
	};
}
