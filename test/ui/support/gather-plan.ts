import {Plan, Recorder} from '../../../source/plan/index.js';

/** examples/gather.py, verbatim. */
export const gatherSource = `import asyncio
async def task(name, delay):
    print(f"{name} started")
    await asyncio.sleep(delay)
    print(f"{name} finished")
async def main():
    await asyncio.gather(
        task("Task 1", 3),
        task("Task 2", 1)
    )
asyncio.run(main())
`;

/**
 * The first steps of examples/gather.py shaped like an asyncio plan (tasks with their state as a
 * note, a ready queue, timers in seconds), recorded with the real Recorder.
 */
export function gatherPlan(): Plan {
	const recorder = new Recorder(
		{
			language: 'python',
			file: 'examples/gather.py',
			source: gatherSource,
			clockUnit: 's',
			queues: [
				{id: 'tasks', title: 'Tasks'},
				{id: 'ready', title: 'Ready (_ready)'},
				{id: 'scheduled', title: 'Scheduled (_scheduled)'},
			],
		},
		{maxSteps: 1000},
	);
	recorder.step('host', 11, 1, 'asyncio.run wraps main() in Task-1 and schedules its first step with call_soon.');
	const main = recorder.enqueue('tasks', {label: 'Task-1 main()', line: 11, note: 'pending'});
	const step1 = recorder.enqueue('ready', {label: 'Task-1 step: main()', line: 11});
	recorder.step('callback', 6, 1, 'The loop runs the ready handle: Task-1 steps into main().');
	recorder.remove('ready', step1);
	recorder.update('tasks', main, {note: 'running'});
	recorder.pushFrame('main()', 7);
	recorder.step('host', 8, 9, 'gather wraps task("Task 1", 3) in Task-2.');
	recorder.enqueue('tasks', {label: 'Task-2 task("Task 1", 3)', line: 8, note: 'pending'});
	recorder.enqueue('ready', {label: 'Task-2 step: task("Task 1", 3)', line: 8});
	recorder.step('host', 4, 5, 'sleep(3) arms a timer with call_later.');
	recorder.enqueue('scheduled', {label: 'futures._set_result_unless_cancelled', line: 4, due: 3000});
	recorder.setClock(500);
	return recorder.finish({exitCode: 0}, 'Done.');
}
