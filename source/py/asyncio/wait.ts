import type {BaseEventLoop} from './base-events.js';
import {coroutine} from './coroutine.js';
import type {TimerHandle} from './events.js';
import type {AsyncioGenerator, Future} from './futures.js';
import {PythonRaise, type TaskCoroutine} from './host.js';
import type {AsyncioRuntime} from './runtime.js';

/** The `return_when` constants (concurrent.futures' strings). */
export type ReturnWhen = 'FIRST_COMPLETED' | 'FIRST_EXCEPTION' | 'ALL_COMPLETED';

/** tasks.py `_release_waiter`. */
export function _release_waiter(waiter: Future): void {
	if (!waiter.done()) waiter.set_result(waiter._loop.host.none);
}

/**
 * `asyncio.wait(fs, timeout=None, return_when=ALL_COMPLETED)`: returns `(done, pending)` sets.
 * `fs` must already be futures (the interpreter rejects coroutines with CPython's TypeError).
 */
export function wait(runtime: AsyncioRuntime, fs: readonly Future[], timeout: number | undefined, return_when: ReturnWhen = 'ALL_COMPLETED'): TaskCoroutine {
	return coroutine(runtime, waitBody(runtime, fs, timeout, return_when), 'wait()', 'wait');
}

function* waitBody(runtime: AsyncioRuntime, fs: readonly Future[], timeout: number | undefined, return_when: ReturnWhen): AsyncioGenerator {
	const host = runtime.host;
	if (fs.length === 0) throw new PythonRaise(host.makeException('ValueError', 'Set of Tasks/Futures is empty.'));
	const unique = [...new Set(fs)];
	const loop = runtime.get_running_loop();
	const [done, pending] = yield* _wait(unique, timeout, return_when, loop);
	return host.tuple([host.set(done.map(f => host.wrapFuture(f))), host.set(pending.map(f => host.wrapFuture(f)))]);
}

/** tasks.py `_wait`: one waiter future released by the first completion that satisfies `return_when`. */
export function* _wait(fs: readonly Future[], timeout: number | undefined, return_when: ReturnWhen, loop: BaseEventLoop): AsyncioGenerator<[Future[], Future[]]> {
	const waiter = loop.create_future('wait()');
	let timeout_handle: TimerHandle | undefined;
	if (timeout !== undefined) {
		timeout_handle = loop.call_later(timeout, () => _release_waiter(waiter), {label: `wait() timeout`, line: 0, repr: '_release_waiter()'});
	}
	let counter = fs.length;
	const _on_completion = (f: Future): void => {
		counter--;
		if (
			counter <= 0 ||
			return_when === 'FIRST_COMPLETED' ||
			(return_when === 'FIRST_EXCEPTION' && !f.cancelled() && f.exception() !== undefined)
		) {
			timeout_handle?.cancel();
			if (!waiter.done()) waiter.set_result(loop.host.none);
		}
	};
	for (const f of fs) f.add_done_callback({fn: _on_completion, label: `wait: ${f.label} done`, line: 0, repr: '_wait.<locals>._on_completion()', key: _on_completion});
	try {
		yield* waiter.__await__();
	} finally {
		timeout_handle?.cancel();
		for (const f of fs) f.remove_done_callback(_on_completion);
	}
	const done: Future[] = [];
	const pending: Future[] = [];
	for (const f of fs) (f.done() ? done : pending).push(f);
	return [done, pending];
}

/** tasks.py `_cancel_and_wait`: cancel `fut` and wait until it is really done. */
export function* _cancel_and_wait(fut: Future, loop: BaseEventLoop): AsyncioGenerator<void> {
	const waiter = loop.create_future(`${fut.label} cancelled`);
	const cb = (): void => _release_waiter(waiter);
	fut.add_done_callback({fn: cb, label: `release waiter: ${fut.label} done`, line: 0, repr: '_release_waiter()', key: cb});
	try {
		fut.cancel();
		yield* waiter.__await__();
	} finally {
		fut.remove_done_callback(cb);
	}
}
