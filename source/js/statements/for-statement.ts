import type {ForStatement, VariableDeclaration} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Executor, SuspendableExecutor} from '../compiler/compiled.js';
import {Scope} from '../compiler/scope.js';
import {boundNames} from '../compiler/declarations.js';
import {breaksHere, loopContinues, type Completion} from '../runtime/completion.js';
import {Environment, copyEnvironment} from '../runtime/environment.js';
import {toBoolean} from '../values/type-conversion.js';
import {uninitialized} from '../values/value.js';
import {iterationStep} from './loop-step.js';
import {containsClosure} from '../compiler/contains-closure.js';

interface ForParts {
	readonly scope: Scope | undefined;
	readonly perIteration: boolean;
	readonly labels: string[];
	readonly step: () => void;
}

function forParts(c: Compiler, node: ForStatement): ForParts {
	const labels = c.takeLabels();
	const init = node.init;
	let scope: Scope | undefined;
	if (init && init.type === 'VariableDeclaration' && init.kind !== 'var') {
		scope = new Scope(c.scope, false);
		for (const declarator of (init as VariableDeclaration).declarations) for (const name of boundNames(declarator.id)) scope.declare(name, init.kind === 'const' ? 'const' : 'let');
	}
	const narration = node.test ? `The for loop checks its condition: ${c.snippet(node.test)}` : 'The for loop starts another iteration.';
	const perIteration = scope !== undefined && (init as VariableDeclaration).kind === 'let' && containsClosure(node.test, node.update, node.body);
	return {scope, perIteration, labels, step: iterationStep(c, node.test ?? node, narration)};
}

function loopEnvironment(scope: Scope | undefined, env: Environment): Environment {
	if (!scope) return env;
	const inner = new Environment(new Array(scope.size), env);
	for (const slot of scope.lexicalSlots()) inner.vars[slot] = uninitialized;
	return inner;
}

/** ForStatement (§14.7.4.2 ForLoopEvaluation, ForBodyEvaluation) with per-iteration `let` copies. */
export function compileForStatement(c: Compiler, node: ForStatement): Executor {
	const {scope, perIteration, labels, step} = forParts(c, node);
	return c.inScope(scope ?? c.scope, () => {
		const init = node.init ? (node.init.type === 'VariableDeclaration' ? c.statement(node.init) : c.expression(node.init)) : undefined;
		const test = node.test ? c.expression(node.test) : undefined;
		const update = node.update ? c.expression(node.update) : undefined;
		const body = c.statement(node.body);
		return (env: Environment): Completion => {
			let loopEnv = loopEnvironment(scope, env);
			if (init) init(loopEnv);
			if (perIteration) loopEnv = copyEnvironment(loopEnv);
			for (;;) {
				step();
				if (test && !toBoolean(test(loopEnv))) return undefined;
				const completion = body(loopEnv);
				if (completion !== undefined) {
					if (breaksHere(completion, labels)) return undefined;
					if (!loopContinues(completion, labels)) return completion;
				}
				if (perIteration) loopEnv = copyEnvironment(loopEnv);
				if (update) update(loopEnv);
			}
		};
	});
}

export function compileSuspendableForStatement(c: Compiler, node: ForStatement): SuspendableExecutor {
	const {scope, perIteration, labels, step} = forParts(c, node);
	return c.inScope(scope ?? c.scope, () => {
		const init = node.init ? (node.init.type === 'VariableDeclaration' ? c.suspendableStatement(node.init) : c.suspendableExpression(node.init)) : undefined;
		const test = node.test ? c.suspendableExpression(node.test) : undefined;
		const update = node.update ? c.suspendableExpression(node.update) : undefined;
		const body = c.suspendableStatement(node.body);
		return function* (env: Environment) {
			let loopEnv = loopEnvironment(scope, env);
			if (init) yield* init(loopEnv);
			if (perIteration) loopEnv = copyEnvironment(loopEnv);
			for (;;) {
				step();
				if (test && !toBoolean(yield* test(loopEnv))) return undefined;
				const completion = yield* body(loopEnv);
				if (completion !== undefined) {
					if (breaksHere(completion, labels)) return undefined;
					if (!loopContinues(completion, labels)) return completion;
				}
				if (perIteration) loopEnv = copyEnvironment(loopEnv);
				if (update) yield* update(loopEnv);
			}
		};
	});
}
