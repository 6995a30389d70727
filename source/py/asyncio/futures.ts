import type {BaseEventLoop} from './base-events.js';
import type {HandleSource} from './events.js';
import {type PyException, type PyObject, PythonRaise} from './host.js';

/** What asyncio code written in TypeScript yields: a Future to wait on, or `undefined` for a bare yield. */
export type AsyncioGenerator<R = PyObject> = Generator<Future | undefined, R, PyObject>;

/** A done callback; it is also the source its handles show once scheduled. */
export interface DoneCallback extends HandleSource {
	readonly fn: (future: Future) => void;
	/** CPython's callback repr in `cb=[...]`, e.g. `Task.task_wakeup()`. */
	readonly repr: string;
	/** What `remove_done_callback` compares (the Python callable for callbacks added from Python). */
	readonly key: unknown;
	/** Told when the callback's handle goes into `_ready` (a waiting task then shows as ready). */
	readonly scheduled?: () => void;
}

type FutureState = 'PENDING' | 'CANCELLED' | 'FINISHED';

/** futures.py `Future`: a result that will exist later. Callbacks always go through `call_soon`. */
export class Future {
	_state: FutureState = 'PENDING';
	_result: PyObject = undefined;
	_exception: PyException = undefined;
	_callbacks: DoneCallback[] = [];
	_cancel_message: PyObject = undefined;
	_cancelled_exc: PyException = undefined;
	/** Set by `__await__` before yielding, cleared by the Task that takes it (tasks.py `__step`). */
	_asyncio_future_blocking = false;
	/** An exception was set and nobody has looked at it yet ("... exception was never retrieved"). */
	_log_traceback = false;
	private _label: string;
	private waitingNote: string | undefined = undefined;
	/** A slot for the interpreter's Python object wrapping this future (see `AsyncioHost.wrapFuture`). */
	pyObject: unknown = undefined;

	constructor(
		readonly _loop: BaseEventLoop,
		label = 'Future',
	) {
		this._label = label;
	}

	/** What waiting on it looks like in the plan: `sleep(1)`, `Queue.get()`, `Task-3`. */
	get label(): string {
		return this._label;
	}

	set label(label: string) {
		this._label = label;
		this.waitingNote = undefined;
	}

	/** How a task waiting on this future reads in the plan's `tasks` queue. */
	get waiting_note(): string {
		this.waitingNote ??= `waiting on ${this.label}`;
		return this.waitingNote;
	}

	/** The class name CPython prints in reprs and reports. */
	get className(): string {
		return 'Future';
	}

	get_loop(): BaseEventLoop {
		return this._loop;
	}

	cancelled(): boolean {
		return this._state === 'CANCELLED';
	}

	done(): boolean {
		return this._state !== 'PENDING';
	}

	/** The `CancelledError` to raise, used once per cancellation (futures.py `_make_cancelled_error`). */
	_make_cancelled_error(): PyException {
		const host = this._loop.host;
		if (this._cancelled_exc !== undefined) {
			const exc = this._cancelled_exc;
			this._cancelled_exc = undefined;
			return exc;
		}
		return host.makeCancelledError(this._cancel_message);
	}

	cancel(msg?: PyObject): boolean {
		this._log_traceback = false;
		if (this._state !== 'PENDING') return false;
		this._state = 'CANCELLED';
		this._cancel_message = msg;
		this.__schedule_callbacks();
		this._on_done();
		return true;
	}

	/** Schedules every callback with `call_soon`, in registration order, and forgets them. */
	__schedule_callbacks(): void {
		const callbacks = this._callbacks;
		if (callbacks.length === 0) return;
		this._callbacks = [];
		for (const callback of callbacks) this.scheduleCallback(callback);
	}

	/** Messages follow CPython's C `_asyncio.Future`, which asyncio uses by default. */
	result(): PyObject {
		if (this._state === 'CANCELLED') throw new PythonRaise(this._make_cancelled_error());
		if (this._state !== 'FINISHED') {
			throw new PythonRaise(this._loop.host.makeException('InvalidStateError', 'Result is not set.'));
		}
		this._log_traceback = false;
		if (this._exception !== undefined) throw new PythonRaise(this._exception);
		return this._result;
	}

	exception(): PyException | undefined {
		if (this._state === 'CANCELLED') throw new PythonRaise(this._make_cancelled_error());
		if (this._state !== 'FINISHED') {
			throw new PythonRaise(this._loop.host.makeException('InvalidStateError', 'Exception is not set.'));
		}
		this._log_traceback = false;
		return this._exception;
	}

	add_done_callback(callback: DoneCallback): void {
		if (this._state !== 'PENDING') this.scheduleCallback(callback);
		else this._callbacks.push(callback);
	}

	/** Removes every callback registered under `key`; returns how many. */
	remove_done_callback(key: unknown): number {
		const kept = this._callbacks.filter(callback => callback.key !== key);
		const removed = this._callbacks.length - kept.length;
		if (removed) this._callbacks = kept;
		return removed;
	}

	set_result(result: PyObject): void {
		if (this._state !== 'PENDING') throw this.invalidState();
		this._result = result;
		this._state = 'FINISHED';
		this.__schedule_callbacks();
		this._on_done();
	}

	set_exception(exception: PyException): void {
		if (this._state !== 'PENDING') throw this.invalidState();
		this._exception = exception;
		this._state = 'FINISHED';
		this.__schedule_callbacks();
		this._log_traceback = true;
		this._loop.runtime._failed_futures.push(this);
		this._on_done();
	}

	/** Called once when the future becomes done; a Task shows its outcome in the plan. */
	_on_done(): void {}

	/** `await future`: yield it once so the Task waits, then return its result (or raise). */
	*__await__(): AsyncioGenerator {
		if (!this.done()) {
			this._asyncio_future_blocking = true;
			yield this;
		}
		if (!this.done()) {
			throw new PythonRaise(this._loop.host.makeException('RuntimeError', "await wasn't used with future"));
		}
		return this.result();
	}

	/** base_futures.py `_future_repr_info`. */
	_repr_info(): string[] {
		const host = this._loop.host;
		const info = [this._state.toLowerCase()];
		if (this._state === 'FINISHED') {
			if (this._exception !== undefined) info.push(`exception=${host.repr(this._exception)}`);
			else info.push(`result=${host.repr(this._result)}`);
		}
		if (this._callbacks.length > 0) info.push(formatCallbacks(this._callbacks));
		return info;
	}

	repr(): string {
		return `<${this.className} ${this._repr_info().join(' ')}>`;
	}

	private scheduleCallback(callback: DoneCallback): void {
		this._loop.call_soon(() => callback.fn(this), callback);
		callback.scheduled?.();
	}

	/** The wording of CPython's C `_asyncio.Future` (the default), not of the pure-Python futures.py. */
	private invalidState(): PythonRaise {
		return new PythonRaise(this._loop.host.makeException('InvalidStateError', 'invalid state'));
	}
}

/** base_futures.py `_format_callbacks`: one, two, or first, `<n more>`, last. */
function formatCallbacks(callbacks: readonly DoneCallback[]): string {
	const size = callbacks.length;
	let text: string;
	if (size === 1) text = callbacks[0]!.repr;
	else if (size === 2) text = `${callbacks[0]!.repr}, ${callbacks[1]!.repr}`;
	else text = `${callbacks[0]!.repr}, <${size - 2} more>, ${callbacks[size - 1]!.repr}`;
	return `cb=[${text}]`;
}

/** futures.py `_set_result_unless_cancelled`: what a sleep timer does when it fires. */
export function _set_result_unless_cancelled(future: Future, result: PyObject): void {
	if (future.cancelled()) return;
	future.set_result(result);
}
