import {planFromMessage, SourceError, type Plan} from '../plan/index.js';
import type {SimulationReply, SimulationRequest} from './simulation-request.js';
import {simulationThread} from './simulation-thread.js';

/** Why no plan came back although the program was read: what to tell the user. */
export class SimulationFailure extends Error {
	constructor(
		message: string,
		readonly reason: 'too-deep' | 'memory' | 'internal',
	) {
		super(message);
		this.name = 'SimulationFailure';
	}
}

/**
 * Records a plan on a thread of its own: the main thread keeps loading the UI meanwhile, and the
 * simulated program gets a stack as deep as Node's. Rejects with `SourceError` for a program that
 * cannot start and `SimulationFailure` when the thread could not finish.
 */
export function simulateInWorker(request: SimulationRequest): Promise<Plan> {
	return new Promise((resolve, reject) => {
		const worker = simulationThread(request.language);
		let settled = false;
		const settle = (action: () => void): void => {
			if (settled) return;
			settled = true;
			action();
		};
		worker.once('message', (reply: SimulationReply) =>
			settle(() => {
				switch (reply.kind) {
					case 'plan':
						resolve(planFromMessage(reply.plan));
						break;
					case 'source-error':
						reject(new SourceError(reply.errorName, reply.message, reply.line, reply.column));
						break;
					case 'too-deep':
						reject(new SimulationFailure('it is nested too deeply for loopstep', 'too-deep'));
						break;
					case 'internal':
						reject(new SimulationFailure(reply.message, 'internal'));
				}
			}),
		);
		worker.once('error', error =>
			settle(() => {
				const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
				reject(outOfMemory ? new SimulationFailure('it needs more memory than loopstep has', 'memory') : new SimulationFailure(error.message, 'internal'));
			}),
		);
		worker.once('exit', code => settle(() => reject(new SimulationFailure(`the simulation thread stopped (exit code ${code}) without a plan`, 'internal'))));
		worker.postMessage(request);
	});
}
