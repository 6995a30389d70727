import {coroutine} from './coroutine.js';
import type {Handle} from './events.js';
import type {AsyncioGenerator} from './futures.js';
import {type PyException, type PyObject, PythonRaise, type TaskCoroutine} from './host.js';
import type {AsyncioRuntime} from './runtime.js';
import type {Task} from './tasks.js';

type TimeoutState = 'created' | 'active' | 'expiring' | 'expired' | 'finished';

/**
 * timeouts.py `Timeout` (3.11): on expiry it cancels the task; `__aexit__` turns that
 * `CancelledError` into `TimeoutError` when no other cancellation is pending (`uncancel`).
 */
export class Timeout {
	private _state: TimeoutState = 'created';
	private _timeout_handler: Handle | undefined = undefined;
	private _task: Task | undefined = undefined;
	private _cancelling = 0;

	constructor(
		private readonly runtime: AsyncioRuntime,
		private _when: number | undefined,
	) {}

	when(): number | undefined {
		return this._when;
	}

	reschedule(when: number | undefined): void {
		if (this._state !== 'active') {
			const message = this._state === 'created' ? 'Timeout has not been entered' : `Cannot change state of ${this._state} Timeout`;
			throw new PythonRaise(this.runtime.host.makeException('RuntimeError', message));
		}
		this._when = when;
		this._timeout_handler?.cancel();
		if (when === undefined) {
			this._timeout_handler = undefined;
			return;
		}
		const loop = this.runtime.get_running_loop();
		const source = {label: `timeout(${this._task?._name ?? ''}) expires`, line: 0, repr: 'Timeout._on_timeout()'};
		this._timeout_handler = when <= loop.time() ? loop.call_soon(() => this._on_timeout(), source) : loop.call_at(when, () => this._on_timeout(), source);
	}

	expired(): boolean {
		return this._state === 'expiring' || this._state === 'expired';
	}

	/** `async with timeout(d) as cm`: returns `target`, the Python object for this Timeout (CPython returns self). */
	__aenter__(target?: PyObject): TaskCoroutine {
		const self = this;
		return coroutine(this.runtime, (function* (): AsyncioGenerator {
			self.enter();
			return target ?? self.runtime.host.none;
		})(), 'Timeout.__aenter__()', 'Timeout.__aenter__');
	}

	/** `exc` is the exception leaving the block, if any. Never suppresses it (returns None). */
	__aexit__(exc: PyException | undefined): TaskCoroutine {
		const self = this;
		return coroutine(this.runtime, (function* (): AsyncioGenerator {
			self.exit(exc);
			return self.runtime.host.none;
		})(), 'Timeout.__aexit__()', 'Timeout.__aexit__');
	}

	private enter(): void {
		const host = this.runtime.host;
		if (this._state !== 'created') throw new PythonRaise(host.makeException('RuntimeError', 'Timeout has already been entered'));
		const task = this.runtime.current_task();
		if (task === undefined) throw new PythonRaise(host.makeException('RuntimeError', 'Timeout should be used inside a task'));
		this._state = 'active';
		this._task = task;
		this._cancelling = task.cancelling();
		this.reschedule(this._when);
	}

	private exit(exc: PyException | undefined): void {
		const host = this.runtime.host;
		this._timeout_handler?.cancel();
		this._timeout_handler = undefined;
		if (this._state === 'expiring') {
			this._state = 'expired';
			if (this._task!.uncancel() <= this._cancelling && exc !== undefined && host.isExactly(exc, 'CancelledError')) {
				const timeoutError = host.makeException('TimeoutError');
				host.setCause(timeoutError, exc);
				throw new PythonRaise(timeoutError);
			}
		} else if (this._state === 'active') {
			this._state = 'finished';
		}
	}

	_on_timeout(): void {
		this._task!.cancel();
		this._state = 'expiring';
		this._timeout_handler = undefined;
	}

	repr(): string {
		const when = this._state === 'active' && this._when !== undefined ? ` when=${Math.round(this._when * 1000) / 1000}` : '';
		return `<Timeout [${this._state}]${when}>`;
	}
}

/** `asyncio.timeout(delay)`: a deadline `delay` seconds from now (None: never). */
export function timeout(runtime: AsyncioRuntime, delay: number | undefined): Timeout {
	const loop = runtime.get_running_loop();
	return new Timeout(runtime, delay === undefined ? undefined : loop.time() + delay);
}

/** `asyncio.timeout_at(when)`: a deadline on the loop's clock. */
export function timeout_at(runtime: AsyncioRuntime, when: number | undefined): Timeout {
	return new Timeout(runtime, when);
}
