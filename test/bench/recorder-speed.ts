/**
 * The recorder alone, without a simulator: nanoseconds of CPU time per recorded step for three call
 * patterns a simulator produces (plain statements; calls and returns; queue churn as in an event loop).
 * Best of several runs in one process, so other load on the machine disturbs it less than wall time.
 * Prints one JSON line; `node test/bench/recorder-speed.mjs` bundles and runs it.
 */
import {Recorder, type PlanMeta} from '../../source/plan/index.js';

const meta: PlanMeta = {
	language: 'javascript',
	file: 'bench.js',
	source: '',
	clockUnit: 'ms',
	queues: [
		{id: 'timers', title: 'Timers'},
		{id: 'microtask', title: 'Microtask queue'},
	],
};

const steps = 1_000_000;

function statements(): void {
	const recorder = new Recorder(meta, {maxSteps: steps + 1});
	const narration = recorder.intern('the loop body runs');
	for (let index = 0; index < steps; index++) recorder.step('statement', 2 + (index % 4), 5, narration);
	recorder.finish({exitCode: 0}, 'done');
}

function calls(): void {
	const recorder = new Recorder(meta, {maxSteps: steps + 1});
	const call = recorder.intern('fib is called');
	const body = recorder.intern('fib checks n');
	const leave = recorder.intern('fib returns');
	for (let index = 0; index < steps; index += 4) {
		recorder.step('call', 7, 10, call);
		recorder.pushFrame('fib', 2);
		recorder.step('statement', 2, 3, body);
		recorder.step('statement', 3, 3, body);
		recorder.step('return', 3, 3, leave);
		recorder.popFrame();
	}
	recorder.finish({exitCode: 0}, 'done');
}

function queueChurn(): void {
	const recorder = new Recorder(meta, {maxSteps: steps + 1});
	const then = recorder.intern('then queues a reaction job');
	const run = recorder.intern('the loop runs the next job');
	for (let index = 0; index < steps; index += 2) {
		recorder.step('host', 1, 1, then);
		const ref = recorder.enqueue('microtask', {label: 'n => n + 1', line: 1});
		if (index % 20 === 0) recorder.enqueue('timers', {label: '() => fired++', line: 3, due: index});
		recorder.step('callback', 0, 0, run);
		recorder.remove('microtask', ref);
		if (index % 20 === 10) recorder.remove('timers', recorder.items('timers')[0]!);
	}
	recorder.finish({exitCode: 0}, 'done');
}

function bestNsPerStep(run: () => void, rounds: number): number {
	let best = Infinity;
	for (let round = 0; round < rounds; round++) {
		const start = process.cpuUsage();
		run();
		const used = process.cpuUsage(start);
		best = Math.min(best, ((used.user + used.system) * 1000) / steps);
	}
	return best;
}

const rounds = Number(process.argv[2] ?? 7);
console.log(JSON.stringify({statements: bestNsPerStep(statements, rounds), calls: bestNsPerStep(calls, rounds), queueChurn: bestNsPerStep(queueChurn, rounds)}));
