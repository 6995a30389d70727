import type {BaseEventLoop} from './base-events.js';
import {caught, coroutine} from './coroutine.js';
import type {AsyncioGenerator, Future} from './futures.js';
import {type PyException, type PyObject, PythonRaise, type TaskCoroutine} from './host.js';
import type {AsyncioRuntime} from './runtime.js';
import type {Task} from './tasks.js';

/**
 * taskgroups.py `TaskGroup` (3.11): the first failing child cancels its siblings and the parent;
 * `__aexit__` waits for every child, then raises an `ExceptionGroup` of the failures.
 */
export class TaskGroup {
	private _entered = false;
	private _exiting = false;
	private _aborting = false;
	private _loop: BaseEventLoop | undefined = undefined;
	private _parent_task: Task | undefined = undefined;
	private _parent_cancel_requested = false;
	/** CPython keeps a set; creation order stands in for its iteration order. */
	private readonly _tasks = new Set<Task>();
	private _errors: PyException[] = [];
	private _base_error: PyException | undefined = undefined;
	private _on_completed_fut: Future | undefined = undefined;
	private readonly onTaskDone = (task: Future): void => this._on_task_done(task as Task);

	constructor(private readonly runtime: AsyncioRuntime) {}

	repr(): string {
		const info = [''];
		if (this._tasks.size) info.push(`tasks=${this._tasks.size}`);
		if (this._errors.length) info.push(`errors=${this._errors.length}`);
		if (this._aborting) info.push('cancelling');
		else if (this._entered) info.push('entered');
		return `<TaskGroup${info.join(' ')}>`;
	}

	/** `async with TaskGroup() as tg`: returns `target`, the Python object for this group (CPython returns self). */
	__aenter__(target?: PyObject): TaskCoroutine {
		const self = this;
		return coroutine(this.runtime, (function* (): AsyncioGenerator {
			if (self._entered) throw self.runtimeError(`TaskGroup ${self.repr()} has already been entered`);
			self._loop ??= self.runtime.get_running_loop();
			self._parent_task = self.runtime.current_task(self._loop);
			if (self._parent_task === undefined) throw self.runtimeError(`TaskGroup ${self.repr()} cannot determine the parent task`);
			self._entered = true;
			return target ?? self.runtime.host.none;
		})(), 'TaskGroup.__aenter__()', 'TaskGroup.__aenter__');
	}

	/** `exc` is the exception leaving the `async with` body, if any. */
	__aexit__(exc: PyException | undefined): TaskCoroutine {
		return coroutine(this.runtime, this.exit(exc), 'TaskGroup.__aexit__()', 'TaskGroup.__aexit__');
	}

	private *exit(exc: PyException | undefined): AsyncioGenerator {
		const host = this.runtime.host;
		this._exiting = true;
		if (exc !== undefined && host.isBaseOnly(exc) && this._base_error === undefined) this._base_error = exc;
		let propagate_cancellation_error = exc !== undefined && host.isExactly(exc, 'CancelledError') ? exc : undefined;
		if (this._parent_cancel_requested && this._parent_task!.uncancel() === 0) propagate_cancellation_error = undefined;
		if (exc !== undefined && !this._aborting) this._abort();
		while (this._tasks.size > 0) {
			this._on_completed_fut ??= this._loop!.create_future('TaskGroup children');
			try {
				yield* this._on_completed_fut.__await__();
			} catch (error) {
				const cancelled = caught(error);
				if (!host.isInstance(cancelled, 'CancelledError')) throw error;
				if (!this._aborting) {
					propagate_cancellation_error = cancelled;
					this._abort();
				}
			}
			this._on_completed_fut = undefined;
		}
		if (this._base_error !== undefined) throw new PythonRaise(this._base_error);
		if (propagate_cancellation_error !== undefined && this._errors.length === 0) throw new PythonRaise(propagate_cancellation_error);
		if (exc !== undefined && !host.isExactly(exc, 'CancelledError')) this._errors.push(exc);
		if (this._errors.length > 0) {
			const errors = this._errors;
			this._errors = [];
			throw new PythonRaise(host.makeExceptionGroup('unhandled errors in a TaskGroup', errors));
		}
		return host.none;
	}

	/** `tg.create_task(coro, name=None)`. */
	create_task(coro: TaskCoroutine, name?: string): Task {
		if (!this._entered) throw this.runtimeError(`TaskGroup ${this.repr()} has not been entered`);
		if (this._exiting && this._tasks.size === 0) throw this.runtimeError(`TaskGroup ${this.repr()} is finished`);
		if (this._aborting) throw this.runtimeError(`TaskGroup ${this.repr()} is shutting down`);
		const task = this._loop!.create_task(coro);
		if (name !== undefined) task.set_name(name);
		task.add_done_callback({fn: this.onTaskDone, label: `TaskGroup: ${task._name} done`, line: 0, repr: 'TaskGroup._on_task_done()', key: this.onTaskDone});
		this._tasks.add(task);
		return task;
	}

	private _abort(): void {
		this._aborting = true;
		for (const task of this._tasks) if (!task.done()) task.cancel();
	}

	private _on_task_done(task: Task): void {
		const host = this.runtime.host;
		this._tasks.delete(task);
		if (this._on_completed_fut !== undefined && this._tasks.size === 0 && !this._on_completed_fut.done()) {
			this._on_completed_fut.set_result(host.bool(true));
		}
		if (task.cancelled()) return;
		const exc = task.exception();
		if (exc === undefined) return;
		this._errors.push(exc);
		if (host.isBaseOnly(exc) && this._base_error === undefined) this._base_error = exc;
		const parent = this._parent_task!;
		if (parent.done()) {
			this._loop!.call_exception_handler({
				message: `Task ${task.repr()} has errored out but its parent task ${parent.repr()} is already completed`,
				exception: exc,
				task,
			});
			return;
		}
		if (!this._aborting && !this._parent_cancel_requested) {
			this._abort();
			this._parent_cancel_requested = true;
			parent.cancel();
		}
	}

	private runtimeError(message: string): PythonRaise {
		return new PythonRaise(this.runtime.host.makeException('RuntimeError', message));
	}
}
