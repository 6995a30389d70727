import type {TaskCoroutine} from './host.js';
import type {AsyncioRuntime} from './runtime.js';
import type {Task} from './tasks.js';

/**
 * `asyncio.create_task(coro, name=None)` (tasks.py): the task is made with a counter name first and
 * renamed after, so a named task still uses up a `Task-N` number, as in CPython 3.11.
 */
export function create_task(runtime: AsyncioRuntime, coro: TaskCoroutine, name?: string): Task {
	const task = runtime.get_running_loop().create_task(coro);
	if (name !== undefined) task.set_name(name);
	return task;
}
