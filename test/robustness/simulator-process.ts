// The child process that runs simulators for the robustness suite. Like the CLI, it simulates on a
// thread with the simulation stack (one long-lived thread here, so cases do not each pay a thread's
// start): a hang, a heap blow-up or a V8 abort ends this process (the pool replaces it), never the
// test run.
import {isMainThread, parentPort, Worker} from 'node:worker_threads';
import {simulationStackMb} from '../../source/cli/simulation-thread.js';
import {simulateJavaScript} from '../../source/js/index.js';
import {SourceError, type Plan, type Simulator} from '../../source/plan/index.js';
import {simulatePython} from '../../source/py/index.js';
import type {SimulationResult} from './case-verdict.js';

/** One request from the pool. */
export interface SimulateRequest {
	readonly id: number;
	readonly language: 'javascript' | 'python';
	readonly file: string;
	readonly source: string;
	readonly maxSteps: number;
}

/** The worker's answer. */
export interface SimulateReply {
	readonly id: number;
	readonly result: SimulationResult;
	readonly elapsedMs: number;
}

const simulators: Record<SimulateRequest['language'], Simulator> = {javascript: simulateJavaScript, python: simulatePython};

function summarize(plan: Plan): SimulationResult {
	let lastStateProblem: string | undefined;
	let consoleChunks = 0;
	try {
		consoleChunks = plan.stateAt(plan.length - 1).console.length;
	} catch (error) {
		lastStateProblem = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	}
	const stopped = plan.outcome.stopped;
	return {
		kind: 'plan',
		exitCode: plan.outcome.exitCode,
		...(stopped ? {stopped: {reason: stopped.reason, message: stopped.message}} : {}),
		length: plan.length,
		...(lastStateProblem === undefined ? {} : {lastStateProblem}),
		outputBytes: plan.output.reduce((sum, chunk) => sum + chunk.text.length, 0),
		stderrTail: plan.output
			.filter(chunk => chunk.stream === 'stderr')
			.slice(-20)
			.map(chunk => chunk.text)
			.join('')
			.slice(-2000),
		consoleChunks,
	};
}

function simulate(request: SimulateRequest): SimulationResult {
	try {
		return summarize(simulators[request.language]({file: request.file, source: request.source}, {maxSteps: request.maxSteps}));
	} catch (error) {
		if (error instanceof SourceError) return {kind: 'source-error', errorName: error.errorName, message: error.message, line: error.line, column: error.column};
		if (error instanceof Error) return {kind: 'crash', name: error.name, message: error.message, stack: error.stack ?? ''};
		return {kind: 'crash', name: typeof error, message: String(error), stack: ''};
	}
}

/** Heap cap of the simulating thread: a runaway allocation becomes a reported death within seconds. */
const heapLimitMb = 768;

if (isMainThread) {
	const thread = new Worker(new URL(import.meta.url), {resourceLimits: {stackSizeMb: simulationStackMb, maxOldGenerationSizeMb: heapLimitMb}});
	process.on('message', (request: SimulateRequest) => thread.postMessage(request));
	thread.on('message', (reply: SimulateReply) => process.send!(reply));
	thread.on('error', error => {
		process.stderr.write(`FATAL ERROR: the simulating thread failed: ${error.message}\n`);
		process.exit(1);
	});
} else {
	parentPort!.on('message', (request: SimulateRequest) => {
		const started = performance.now();
		const result = simulate(request);
		const reply: SimulateReply = {id: request.id, result, elapsedMs: performance.now() - started};
		parentPort!.postMessage(reply);
	});
}
