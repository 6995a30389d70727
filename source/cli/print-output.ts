import type {Plan} from '../plan/index.js';
import {stderr, stdout} from './output-stream.js';

/** `--print`: exactly what the program wrote, each chunk to its own stream, in order. */
export async function printOutput(plan: Plan): Promise<number> {
	for (const chunk of plan.output) {
		await (chunk.stream === 'stdout' ? stdout : stderr).write(chunk.text);
	}
	if (plan.outcome.stopped) await stderr.write(`loopstep: ${plan.outcome.stopped.message}\n`);
	return plan.outcome.exitCode;
}
