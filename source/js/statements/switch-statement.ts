import type {SwitchStatement} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator, Executor, SuspendableExecutor} from '../compiler/compiled.js';
import {breaksHere, type Completion} from '../runtime/completion.js';
import {Environment} from '../runtime/environment.js';
import {uninitialized} from '../values/value.js';
import {blockScope} from './block-statement.js';
import {compileStatementList, compileSuspendableStatementList} from './statement-list.js';

/** SwitchStatement (§14.12.4 CaseBlockEvaluation): strict equality, fall-through, default anywhere. */
export function compileSwitchStatement(c: Compiler, node: SwitchStatement): Executor {
	const labels = c.takeLabels();
	const discriminant = c.expression(node.discriminant);
	const scope = blockScope(c, node.cases.flatMap(switchCase => switchCase.consequent));
	return c.inScope(scope ?? c.scope, () => {
		const cases = node.cases.map(switchCase => ({test: switchCase.test ? c.expression(switchCase.test) : undefined, body: compileStatementList(c, switchCase.consequent)}));
		const defaultIndex = cases.findIndex(switchCase => !switchCase.test);
		return env => {
			const value = discriminant(env);
			const caseEnv = scope ? lexicalEnvironment(scope.size, scope.lexicalSlots(), env) : env;
			let start = cases.findIndex(switchCase => switchCase.test !== undefined && (switchCase.test as Evaluator)(caseEnv) === value);
			if (start < 0) start = defaultIndex;
			if (start < 0) return undefined;
			for (let i = start; i < cases.length; i++) {
				const completion: Completion = cases[i]!.body(caseEnv);
				if (completion !== undefined) return breaksHere(completion, labels) ? undefined : completion;
			}
			return undefined;
		};
	});
}

function lexicalEnvironment(size: number, tdz: readonly number[], env: Environment): Environment {
	const inner = new Environment(new Array(size), env);
	for (const slot of tdz) inner.vars[slot] = uninitialized;
	return inner;
}

export function compileSuspendableSwitchStatement(c: Compiler, node: SwitchStatement): SuspendableExecutor {
	const labels = c.takeLabels();
	const discriminant = c.suspendableExpression(node.discriminant);
	const scope = blockScope(c, node.cases.flatMap(switchCase => switchCase.consequent));
	return c.inScope(scope ?? c.scope, () => {
		const cases = node.cases.map(switchCase => ({
			test: switchCase.test ? c.suspendableExpression(switchCase.test) : undefined,
			body: compileSuspendableStatementList(c, switchCase.consequent),
		}));
		const defaultIndex = cases.findIndex(switchCase => !switchCase.test);
		return function* (env) {
			const value = yield* discriminant(env);
			const caseEnv = scope ? lexicalEnvironment(scope.size, scope.lexicalSlots(), env) : env;
			let start = -1;
			for (let i = 0; i < cases.length; i++) {
				const test = cases[i]!.test;
				if (test && (yield* test(caseEnv)) === value) {
					start = i;
					break;
				}
			}
			if (start < 0) start = defaultIndex;
			if (start < 0) return undefined;
			for (let i = start; i < cases.length; i++) {
				const completion: Completion = yield* cases[i]!.body(caseEnv);
				if (completion !== undefined) return breaksHere(completion, labels) ? undefined : completion;
			}
			return undefined;
		};
	});
}
