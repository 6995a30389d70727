// The entry of the simulation thread: loads a simulator at once, then records the one plan it is
// asked for and posts it back with its columns moved, not copied. It runs on a stack large enough
// for Node's own call depth (see simulation-thread.ts).
import {parentPort, workerData} from 'node:worker_threads';
import {planToMessage, SourceError} from '../plan/index.js';
import type {SimulationReply, SimulationRequest} from './simulation-request.js';
import type {SimulationThreadData} from './simulation-thread.js';
import {simulatorFor} from './simulator-for.js';

async function record(request: SimulationRequest): Promise<{reply: SimulationReply; transfer: ArrayBuffer[]}> {
	const simulate = await simulatorFor(request.language);
	try {
		const {message, transfer} = planToMessage(simulate(request.input, request.options));
		return {reply: {kind: 'plan', plan: message}, transfer};
	} catch (error) {
		if (error instanceof SourceError) return {reply: {kind: 'source-error', errorName: error.errorName, message: error.message, line: error.line, column: error.column}, transfer: []};
		if (error instanceof RangeError && error.message.includes('call stack')) return {reply: {kind: 'too-deep'}, transfer: []};
		return {reply: {kind: 'internal', message: error instanceof Error ? error.message : String(error)}, transfer: []};
	}
}

// A simulator that fails to load fails the request that needs it, in `record`.
simulatorFor((workerData as SimulationThreadData).language).catch(() => undefined);
parentPort!.once('message', async (request: SimulationRequest) => {
	const {reply, transfer} = await record(request);
	parentPort!.postMessage(reply, transfer);
});
