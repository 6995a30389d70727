import {awaitable, caught, coroutine} from './coroutine.js';
import {ensure_future} from './ensure-future.js';
import type {AsyncioGenerator, Future} from './futures.js';
import {PythonRaise, type TaskCoroutine} from './host.js';
import type {AsyncioRuntime} from './runtime.js';
import {_cancel_and_wait, _release_waiter} from './wait.js';

/**
 * `asyncio.wait_for(aw, timeout)` as in 3.11 (tasks.py): a waiter future released by either the
 * timeout or `fut` finishing; on timeout `fut` is cancelled, awaited, and `TimeoutError` raised
 * from its `CancelledError`.
 */
export function wait_for(runtime: AsyncioRuntime, aw: Future | TaskCoroutine, timeout: number | undefined): TaskCoroutine {
	return coroutine(runtime, waitForBody(runtime, aw, timeout), 'wait_for()', 'wait_for');
}

function* waitForBody(runtime: AsyncioRuntime, aw: Future | TaskCoroutine, timeout: number | undefined): AsyncioGenerator {
	const loop = runtime.get_running_loop();
	const host = runtime.host;
	if (timeout === undefined) return yield* awaitable(runtime, aw);
	const timeoutFrom = (fut: Future) => {
		try {
			return fut.result();
		} catch (error) {
			const exc = caught(error);
			if (!host.isInstance(exc, 'CancelledError')) throw error;
			const timeoutError = host.makeException('TimeoutError');
			host.setCause(timeoutError, exc);
			throw new PythonRaise(timeoutError);
		}
	};
	if (timeout <= 0) {
		const fut = ensure_future(aw, loop);
		if (fut.done()) return fut.result();
		yield* _cancel_and_wait(fut, loop);
		return timeoutFrom(fut);
	}
	const waiter = loop.create_future('wait_for()');
	const timeout_handle = loop.call_later(timeout, () => _release_waiter(waiter), {label: 'wait_for() timeout', line: 0, repr: '_release_waiter()'});
	const cb = (): void => _release_waiter(waiter);
	const fut = ensure_future(aw, loop);
	fut.add_done_callback({fn: cb, label: `wait_for: ${fut.label} done`, line: 0, repr: 'functools.partial(_release_waiter)', key: cb});
	try {
		try {
			yield* waiter.__await__();
		} catch (error) {
			if (!host.isInstance(caught(error), 'CancelledError')) throw error;
			if (fut.done()) return fut.result();
			fut.remove_done_callback(cb);
			yield* _cancel_and_wait(fut, loop);
			throw error;
		}
		if (fut.done()) return fut.result();
		fut.remove_done_callback(cb);
		yield* _cancel_and_wait(fut, loop);
		return timeoutFrom(fut);
	} finally {
		timeout_handle.cancel();
	}
}
