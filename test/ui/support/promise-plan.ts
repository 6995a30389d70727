import {Plan, Recorder} from '../../../source/plan/index.js';

/** examples/promise.js, verbatim. */
export const promiseSource = `console.log("Start");
setTimeout(() => console.log("Timeout"), 0);
Promise.resolve().then(() => console.log("Promise"));
console.log("End");
`;

const nodeQueues = [
	{id: 'timers', title: 'Timers'},
	{id: 'macrotask', title: 'Macrotasks'},
	{id: 'nextTick', title: 'nextTick'},
	{id: 'microtask', title: 'Microtasks'},
	{id: 'immediate', title: 'Check (setImmediate)'},
];

/**
 * A plan shaped like the JavaScript simulator's for examples/promise.js, recorded with the real
 * Recorder (synthetic steps, real plan machinery), so the UI can be tested before and apart from
 * the simulator.
 */
export function promisePlan(): Plan {
	const recorder = new Recorder(
		{language: 'javascript', file: 'examples/promise.js', source: promiseSource, clockUnit: 'ms', queues: nodeQueues},
		{maxSteps: 1000},
	);
	recorder.step('loop', 0, 0, 'The main script starts as the first macrotask.');
	recorder.setPhase('main script');
	recorder.mark('iteration');
	recorder.pushFrame('(main)', 1);
	recorder.step('statement', 1, 1, 'console.log("Start") runs.');
	recorder.step('output', 1, 1, 'console.log writes "Start".');
	recorder.write('stdout', 'Start\n');
	recorder.step('statement', 2, 1, 'setTimeout is called.');
	recorder.step('host', 2, 1, 'setTimeout arms a host timer due at 1 ms.');
	const timer = recorder.enqueue('timers', {label: '() => console.log("Timeout")', line: 2, due: 1});
	recorder.step('statement', 3, 1, 'Promise.resolve().then is called.');
	recorder.step('host', 3, 19, 'The promise is already resolved, so the reaction job is queued at once.');
	const job = recorder.enqueue('microtask', {label: '() => console.log("Promise")', line: 3});
	recorder.step('statement', 4, 1, 'console.log("End") runs.');
	recorder.step('output', 4, 1, 'console.log writes "End".');
	recorder.write('stdout', 'End\n');
	recorder.step('return', 4, 1, 'The main script finishes; the call stack is empty.');
	recorder.popFrame();
	recorder.step('callback', 3, 25, 'The call stack is empty, so the loop drains the microtask queue before taking the next timer.');
	recorder.setPhase('microtasks');
	recorder.remove('microtask', job);
	recorder.pushFrame('() => console.log("Promise")', 3);
	recorder.step('output', 3, 31, 'console.log writes "Promise".');
	recorder.write('stdout', 'Promise\n');
	recorder.step('return', 3, 31, 'The reaction job returns.');
	recorder.popFrame();
	recorder.step('loop', 0, 0, 'Nothing can run, so the clock jumps to the next timer, due at 1 ms.');
	recorder.mark('iteration');
	recorder.setPhase('timers');
	recorder.setClock(1);
	recorder.remove('timers', timer);
	const task = recorder.enqueue('macrotask', {label: '() => console.log("Timeout")', line: 2});
	recorder.step('callback', 2, 12, 'The timers phase runs the due timer callback.');
	recorder.mark('timer');
	recorder.remove('macrotask', task);
	recorder.pushFrame('() => console.log("Timeout")', 2);
	recorder.step('output', 2, 18, 'console.log writes "Timeout".');
	recorder.write('stdout', 'Timeout\n');
	recorder.step('return', 2, 18, 'The timer callback returns.');
	recorder.popFrame();
	return recorder.finish({exitCode: 0}, 'No timers or callbacks are left, so the program ends with exit code 0.');
}
