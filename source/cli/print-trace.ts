import {formatClock, formatCount, type Plan, type StepState} from '../plan/index.js';
import {stderr, stdout} from './output-stream.js';

/** `--trace`: one readable block per step, for pipes, terminals without a TUI and bug reports. */
export async function printTrace(plan: Plan): Promise<number> {
	const {meta} = plan;
	await stdout.write(`loopstep trace of ${meta.file} (${meta.language}, ${formatCount(plan.length)} steps)\n`);
	let printed = 0;
	for (const state of plan.states()) {
		await stdout.write(formatStep(plan, state, printed));
		printed = state.console.length;
		if (stdout.closed) break;
	}
	const {outcome} = plan;
	const ending = outcome.stopped ? `stopped: ${outcome.stopped.message}` : `exit code ${outcome.exitCode}`;
	await stdout.write(`\n${ending}\n`);
	if (outcome.stopped) await stderr.write(`loopstep: ${outcome.stopped.message}\n`);
	return outcome.exitCode;
}

function formatStep(plan: Plan, state: StepState, consoleBefore: number): string {
	const where = state.line > 0 ? `line ${state.line}:${state.column}` : 'loop';
	const lines = [
		`\nstep ${state.index + 1}/${plan.length} [${state.kind}] ${where} · ${formatClock(state.clock, plan.meta.clockUnit)}${state.phase ? ` · ${state.phase}` : ''}`,
		`  ${state.narration}`,
	];
	if (state.stack.length > 0) lines.push(`  stack: ${state.stack.map(frame => `${frame.name}:${frame.line}`).join(' > ')}`);
	for (const queue of state.queues) {
		if (queue.items.length === 0) continue;
		const items = queue.items.map(item => {
			const due = item.due === undefined ? '' : ` @${formatClock(item.due, plan.meta.clockUnit)}`;
			const note = item.note ? ` (${item.note})` : '';
			return `${item.label}${due}${note}`;
		});
		lines.push(`  ${queue.id}: ${items.join(' | ')}`);
	}
	for (const chunk of state.console.slice(consoleBefore)) {
		lines.push(`  ${chunk.stream}> ${JSON.stringify(chunk.text)}`);
	}
	return `${lines.join('\n')}\n`;
}
