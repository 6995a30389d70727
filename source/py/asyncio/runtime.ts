import type {BaseEventLoop} from './base-events.js';
import type {HandleSource} from './events.js';
import type {Future} from './futures.js';
import {type AsyncioHost, PythonRaise} from './host.js';
import type {Task} from './tasks.js';

/**
 * What CPython keeps at module level in asyncio, once per simulated program: the task name
 * counter (shared by every `asyncio.run`), the running loop, the registry of tasks
 * (tasks.py `_all_tasks`, `_current_tasks`).
 */
export class AsyncioRuntime {
	_running_loop: BaseEventLoop | undefined = undefined;
	/** Every task not yet forgotten, in creation order (CPython: a WeakSet). */
	readonly _all_tasks = new Set<Task>();
	readonly _current_tasks = new Map<BaseEventLoop, Task>();
	/** Futures that got an exception, to report those never retrieved when the run ends. */
	_failed_futures: Future[] = [];
	private taskCounter = 0;
	/** One handle source per sleep label: a program sleeps with the same few delays again and again. */
	private readonly wakeupSources = new Map<string, HandleSource>();

	constructor(readonly host: AsyncioHost) {}

	/** The source of the timer that ends `label` (`sleep(1)` → `sleep(1) wakeup`). */
	wakeupSource(label: string): HandleSource {
		let source = this.wakeupSources.get(label);
		if (source === undefined) {
			source = {label: `${label} wakeup`, line: 0, repr: '_set_result_unless_cancelled()'};
			this.wakeupSources.set(label, source);
		}
		return source;
	}

	/** tasks.py `_task_name_counter`: `Task-1`, `Task-2`, ... across the whole program. */
	_task_name_counter(): number {
		return ++this.taskCounter;
	}

	_register_task(task: Task): void {
		this._all_tasks.add(task);
	}

	_enter_task(loop: BaseEventLoop, task: Task): void {
		const current = this._current_tasks.get(loop);
		if (current !== undefined) {
			throw loop.runtimeError(
				`Cannot enter into task ${task.repr()} while another task ${current.repr()} is being executed.`,
			);
		}
		this._current_tasks.set(loop, task);
	}

	_leave_task(loop: BaseEventLoop, task: Task): void {
		if (this._current_tasks.get(loop) !== task) {
			throw loop.runtimeError(`Leaving task ${task.repr()} does not match the current task.`);
		}
		this._current_tasks.delete(loop);
	}

	/**
	 * At interpreter exit, tasks still pending are garbage: each coroutine is closed (its `finally`
	 * blocks run) and the task reports "Task was destroyed but it is pending!" (tasks.py `__del__`).
	 * The interpreter calls this once, after the main module finishes.
	 */
	at_exit(): void {
		for (const task of this._all_tasks) {
			if (task.done() || !task._log_destroy_pending) continue;
			task._coro.close();
			task._loop.call_exception_handler({message: 'Task was destroyed but it is pending!', task});
		}
		this._all_tasks.clear();
	}

	/** `asyncio.get_running_loop()`. */
	get_running_loop(): BaseEventLoop {
		if (!this._running_loop) {
			throw new PythonRaise(this.host.makeException('RuntimeError', 'no running event loop'));
		}
		return this._running_loop;
	}

	/** `asyncio.current_task(loop)`: the task whose step is running, if any. */
	current_task(loop: BaseEventLoop = this.get_running_loop()): Task | undefined {
		return this._current_tasks.get(loop);
	}

	/** `asyncio.all_tasks(loop)`: the loop's tasks that are not done, in creation order. */
	all_tasks(loop: BaseEventLoop = this.get_running_loop()): Task[] {
		const tasks: Task[] = [];
		for (const task of this._all_tasks) if (task._loop === loop && !task.done()) tasks.push(task);
		return tasks;
	}
}
