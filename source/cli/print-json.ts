import type {Plan} from '../plan/index.js';
import {stdout} from './output-stream.js';

/**
 * `--json`: the plan as one JSON document, `{meta, outcome, steps}`, with the full state per step.
 * Written step by step so a large plan never sits in memory as one string.
 */
export async function printJson(plan: Plan): Promise<number> {
	const {meta, outcome} = plan;
	const head = {
		meta: {language: meta.language, file: meta.file, clockUnit: meta.clockUnit, queues: meta.queues},
		outcome,
		stepCount: plan.length,
	};
	const opening = JSON.stringify(head);
	await stdout.write(`${opening.slice(0, -1)},"steps":[\n`);
	let first = true;
	for (const state of plan.states()) {
		const step = {
			index: state.index,
			kind: state.kind,
			line: state.line || null,
			column: state.column || null,
			narration: state.narration,
			stack: state.stack,
			queues: state.queues,
			clock: state.clock,
			phase: state.phase,
			console: state.console,
			changes: state.changes,
		};
		await stdout.write(`${first ? '' : ',\n'}${JSON.stringify(step)}`);
		first = false;
		if (stdout.closed) break;
	}
	await stdout.write('\n]}\n');
	return outcome.exitCode;
}
