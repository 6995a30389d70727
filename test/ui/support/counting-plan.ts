import {Plan, Recorder} from '../../../source/plan/index.js';

/**
 * A long plan: `for (let i = 0; i < n; i++) console.log(i)` as a simulator would record it, every
 * seventh line on stderr, plus a timer waiting throughout. Recorded with the real Recorder.
 */
export function countingPlan(iterations: number): Plan {
	const source = ['for (let i = 0; i < n; i++) {', '\tif (i % 7 === 6) console.error(i);', '\telse console.log(i);', '}', 'setTimeout(done, 5);'].join('\n');
	const recorder = new Recorder(
		{
			language: 'javascript',
			file: 'count.js',
			source,
			clockUnit: 'ms',
			queues: [
				{id: 'timers', title: 'Timers'},
				{id: 'microtask', title: 'Microtasks'},
			],
		},
		{maxSteps: 10_000_000},
	);
	const narration = recorder.intern('The loop body runs.');
	recorder.step('loop', 0, 0, 'The main script starts.');
	recorder.setPhase('main script');
	recorder.pushFrame('(main)', 1);
	recorder.step('host', 5, 1, 'A timer is armed.');
	recorder.enqueue('timers', {label: 'done', line: 5, due: 5});
	for (let i = 0; i < iterations; i++) {
		recorder.step('statement', 1, 1, narration);
		const toStderr = i % 7 === 6;
		recorder.step('output', toStderr ? 2 : 3, 2, narration);
		recorder.write(toStderr ? 'stderr' : 'stdout', `${i}\n`);
	}
	return recorder.finish({exitCode: 0}, 'The program ends.');
}
