import type {ChainExpression, Expression} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator, SuspendableEvaluator} from '../compiler/compiled.js';
import {shortCircuit} from './short-circuit.js';

/** OptionalExpression (§13.3.9): a `?.` that meets null/undefined makes the whole chain undefined. */
export function compileChainExpression(c: Compiler, node: ChainExpression): Evaluator {
	const inner = c.expression(node.expression as Expression);
	return env => {
		try {
			return inner(env);
		} catch (error) {
			if (error === shortCircuit) return undefined;
			throw error;
		}
	};
}

export function compileSuspendableChainExpression(c: Compiler, node: ChainExpression): SuspendableEvaluator {
	const inner = c.suspendableExpression(node.expression as Expression);
	return function* (env) {
		try {
			return yield* inner(env);
		} catch (error) {
			if (error === shortCircuit) return undefined;
			throw error;
		}
	};
}
