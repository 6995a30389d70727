import type {LabeledStatement} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Executor, SuspendableExecutor} from '../compiler/compiled.js';
import {breakKind} from '../runtime/completion.js';

/** LabelledStatement (§14.13): the label set reaches the loop; a `break label` ends here. */
export function compileLabeledStatement(c: Compiler, node: LabeledStatement): Executor {
	const label = node.label.name;
	c.pendingLabels = [...c.pendingLabels, label];
	const body = c.statement(node.body);
	c.pendingLabels = [];
	return env => {
		const completion = body(env);
		return completion !== undefined && completion.kind === breakKind && completion.label === label ? undefined : completion;
	};
}

export function compileSuspendableLabeledStatement(c: Compiler, node: LabeledStatement): SuspendableExecutor {
	const label = node.label.name;
	c.pendingLabels = [...c.pendingLabels, label];
	const body = c.suspendableStatement(node.body);
	c.pendingLabels = [];
	return function* (env) {
		const completion = yield* body(env);
		return completion !== undefined && completion.kind === breakKind && completion.label === label ? undefined : completion;
	};
}
