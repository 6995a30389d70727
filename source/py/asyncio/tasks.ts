import type {BaseEventLoop} from './base-events.js';
import {type DoneCallback, Future} from './futures.js';
import type {HandleSource} from './events.js';
import {type CoroutineStep, type PyException, type PyObject, PythonRaise, type TaskCoroutine} from './host.js';

/** tasks.py `Task`: a coroutine wrapped in a Future, driven one `__step` per handle. */
export class Task extends Future {
	_name: string;
	_num_cancels_requested = 0;
	_must_cancel = false;
	_fut_waiter: Future | undefined = undefined;
	_log_destroy_pending = true;
	/** The item showing this task in the plan's `tasks` queue (-1: none). */
	taskItem = -1;
	/** Built once per task (and on rename): a task steps thousands of times. */
	private stepSource!: HandleSource;
	private wakeupCallback!: DoneCallback;
	private readonly stepCallback = (): void => this.__step();

	constructor(
		readonly _coro: TaskCoroutine,
		loop: BaseEventLoop,
		name?: string,
	) {
		super(loop);
		this._name = name ?? `Task-${loop.runtime._task_name_counter()}`;
		this.label = this._name;
		this.describe();
		loop.recording.taskCreated(this);
		this.scheduleStep(undefined);
		loop.runtime._register_task(this);
	}

	override get className(): string {
		return 'Task';
	}

	override _on_done(): void {
		this._loop.recording.taskDone(this);
	}

	get_coro(): TaskCoroutine {
		return this._coro;
	}

	get_name(): string {
		return this._name;
	}

	set_name(value: string): void {
		const old = this._name;
		this._name = value;
		this.label = value;
		this.describe();
		this._loop.recording.taskRenamed(this, old);
	}

	override set_result(): void {
		throw this._loop.runtimeError('Task does not support set_result operation');
	}

	override set_exception(): void {
		throw this._loop.runtimeError('Task does not support set_exception operation');
	}

	/**
	 * Requests cancellation: cancel the future it waits on, or throw `CancelledError` in at the next
	 * step. Counts requests for `uncancel` (3.11).
	 */
	override cancel(msg?: PyObject): boolean {
		this._log_traceback = false;
		if (this.done()) return false;
		this._num_cancels_requested++;
		if (this._fut_waiter !== undefined && this._fut_waiter.cancel(msg)) return true;
		this._must_cancel = true;
		this._cancel_message = msg;
		const running = this._loop.runtime._current_tasks.get(this._loop) === this;
		this._loop.recording.taskNote(this, running ? 'running, cancel requested' : 'ready, CancelledError at its next step');
		return true;
	}

	cancelling(): number {
		return this._num_cancels_requested;
	}

	uncancel(): number {
		if (this._num_cancels_requested > 0) this._num_cancels_requested--;
		return this._num_cancels_requested;
	}

	/** Drives the coroutine one step: send `None` or throw `exc` in, then act on what it did. */
	__step(exc?: PyException): void {
		const loop = this._loop;
		const host = loop.host;
		if (this.done()) {
			const detail = exc === undefined ? 'None' : host.repr(exc);
			throw new PythonRaise(host.makeException('InvalidStateError', `_step(): already done: ${this.repr()}, ${detail}`));
		}
		if (this._must_cancel) {
			if (exc === undefined || !host.isInstance(exc, 'CancelledError')) exc = this._make_cancelled_error();
			this._must_cancel = false;
		}
		this._fut_waiter = undefined;
		loop.runtime._enter_task(loop, this);
		loop.recording.taskNote(this, 'running');
		let step: CoroutineStep;
		try {
			step = exc === undefined ? this._coro.send(host.none) : this._coro.throw(exc);
		} finally {
			loop.runtime._leave_task(loop, this);
		}
		this.handleStep(step);
	}

	private handleStep(step: CoroutineStep): void {
		const loop = this._loop;
		const host = loop.host;
		switch (step.kind) {
			case 'return':
				if (this._must_cancel) {
					this._must_cancel = false;
					Future.prototype.cancel.call(this, this._cancel_message);
				} else {
					Future.prototype.set_result.call(this, step.value);
				}
				return;
			case 'raise':
				if (host.isInstance(step.exception, 'CancelledError')) {
					this._cancelled_exc = step.exception;
					Future.prototype.cancel.call(this);
				} else {
					Future.prototype.set_exception.call(this, step.exception);
					if (host.isBaseOnly(step.exception)) throw new PythonRaise(step.exception);
				}
				return;
			case 'bare':
				loop.recording.taskNote(this, 'ready');
				this.scheduleStep(undefined);
				return;
			case 'other':
				this.scheduleStep(host.makeException('RuntimeError', `Task got bad yield: ${step.repr}`));
				return;
			case 'future':
				this.waitOn(step.future);
		}
	}

	/** The `_asyncio_future_blocking` branch of `__step`. */
	private waitOn(result: Future): void {
		const host = this._loop.host;
		if (result._loop !== this._loop) {
			this.scheduleStep(
				host.makeException('RuntimeError', `Task ${this.repr()} got Future ${result.repr()} attached to a different loop`),
			);
		} else if (!result._asyncio_future_blocking) {
			this.scheduleStep(
				host.makeException('RuntimeError', `yield was used instead of yield from in task ${this.repr()} with ${result.repr()}`),
			);
		} else if (result === this) {
			this.scheduleStep(host.makeException('RuntimeError', `Task cannot await on itself: ${this.repr()}`));
		} else {
			result._asyncio_future_blocking = false;
			result.add_done_callback(this.wakeupCallback);
			this._fut_waiter = result;
			this._loop.recording.taskNote(this, result.waiting_note);
			if (this._must_cancel && result.cancel(this._cancel_message)) this._must_cancel = false;
		}
	}

	/** Resumes after the awaited future is done: its result is sent in, its exception thrown in. */
	__wakeup(future: Future): void {
		try {
			future.result();
		} catch (error) {
			if (!(error instanceof PythonRaise)) throw error;
			this.__step(error.exception);
			return;
		}
		this.__step();
	}

	private scheduleStep(exc: PyException | undefined): void {
		if (exc === undefined) {
			this._loop.call_soon(this.stepCallback, this.stepSource);
			return;
		}
		this._loop.call_soon(() => this.__step(exc), {
			label: `${this._name} step (throws): ${this._coro.label}`,
			line: this._coro.currentLine,
			repr: 'Task.__step()',
		});
	}

	/** The handle sources of this task's steps and wakeups, named after it. */
	private describe(): void {
		const coro = this._coro;
		this.stepSource = {label: `${this._name} step: ${coro.label}`, line: coro.definitionLine, repr: 'Task.__step()'};
		this.wakeupCallback = {
			fn: future => this.__wakeup(future),
			label: `${this._name} wakeup: ${coro.label}`,
			line: coro.definitionLine,
			repr: 'Task.task_wakeup()',
			key: this,
			scheduled: () => this._loop.recording.taskNote(this, 'ready'),
		};
	}

	/** base_tasks.py `_task_repr_info`. */
	override _repr_info(): string[] {
		const info = super._repr_info();
		if (this.cancelling() && !this.done()) info[0] = 'cancelling';
		info.splice(1, 0, `name='${this._name}'`);
		info.splice(2, 0, `coro=<${this._coro.formatRepr()}>`);
		if (this._fut_waiter !== undefined) info.splice(3, 0, `wait_for=${this._fut_waiter.repr()}`);
		return info;
	}
}
