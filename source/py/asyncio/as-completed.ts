import {coroutine} from './coroutine.js';
import {ensure_future} from './ensure-future.js';
import type {TimerHandle} from './events.js';
import type {AsyncioGenerator, Future} from './futures.js';
import {PythonRaise, type TaskCoroutine} from './host.js';
import {Queue} from './queues.js';
import type {AsyncioRuntime} from './runtime.js';

/**
 * tasks.py `as_completed` (3.11, a generator): each coroutine it yields awaits the next future to
 * finish, through an internal Queue; `None` in that queue means the timeout struck. CPython walks
 * `set(fs)`, whose order follows object addresses; argument order stands in for it here.
 */
export function* as_completed(runtime: AsyncioRuntime, fs: readonly (Future | TaskCoroutine)[], timeout?: number): Generator<TaskCoroutine> {
	const done = new Queue(runtime);
	const loop = runtime.get_running_loop();
	const todo = new Set<Future>([...new Set(fs)].map(f => ensure_future(f, loop)));
	let timeout_handle: TimerHandle | undefined;
	/** What `_on_timeout` puts in the queue (CPython: None, which no future can be). */
	const timedOut = {};
	const _on_completion = (f: Future): void => {
		if (todo.size === 0) return;
		todo.delete(f);
		done.put_nowait(f);
		if (todo.size === 0) timeout_handle?.cancel();
	};
	const _on_timeout = (): void => {
		for (const f of todo) {
			f.remove_done_callback(_on_completion);
			done.put_nowait(timedOut);
		}
		todo.clear();
	};
	function* _wait_for_one(): AsyncioGenerator {
		const f = (yield* done._getBody()) as Future | typeof timedOut;
		if (f === timedOut) throw new PythonRaise(runtime.host.makeException('TimeoutError'));
		return (f as Future).result();
	}
	for (const f of todo) f.add_done_callback({fn: _on_completion, label: `as_completed: ${f.label} done`, line: 0, repr: 'as_completed.<locals>._on_completion()', key: _on_completion});
	if (todo.size > 0 && timeout !== undefined) {
		timeout_handle = loop.call_later(timeout, _on_timeout, {label: 'as_completed() timeout', line: 0, repr: 'as_completed.<locals>._on_timeout()'});
	}
	const count = todo.size;
	for (let index = 0; index < count; index++) {
		yield coroutine(runtime, _wait_for_one(), 'as_completed._wait_for_one()', 'as_completed.<locals>._wait_for_one');
	}
}
