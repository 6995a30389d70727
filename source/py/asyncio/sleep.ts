import {type AsyncioGenerator, _set_result_unless_cancelled} from './futures.js';
import type {PyObject, TaskCoroutine} from './host.js';
import {coroutine} from './coroutine.js';
import type {AsyncioRuntime} from './runtime.js';

/**
 * tasks.py `sleep`: `sleep(0)` is a bare yield; a positive delay is a future plus a timer that
 * sets its result (`call_later(delay, _set_result_unless_cancelled, future, result)`).
 */
export function* _sleep(runtime: AsyncioRuntime, delay: number, result: PyObject, label: string): AsyncioGenerator {
	if (delay <= 0) {
		// tasks.py `__sleep0`: one bare yield, so the task goes to the back of `_ready`.
		yield undefined;
		return result;
	}
	const loop = runtime.get_running_loop();
	const future = loop.create_future(label);
	const handle = loop.call_later(delay, () => _set_result_unless_cancelled(future, result), runtime.wakeupSource(label));
	try {
		return yield* future.__await__();
	} finally {
		handle.cancel();
	}
}

/** `asyncio.sleep(delay, result=None)`; `label` is how the call reads, e.g. `sleep(1)`. */
export function sleep(runtime: AsyncioRuntime, delay: number, result?: PyObject, label = `sleep(${delay})`): TaskCoroutine {
	return coroutine(runtime, _sleep(runtime, delay, result ?? runtime.host.none, label), label, 'sleep');
}
