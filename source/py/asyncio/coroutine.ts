import {type AsyncioGenerator, Future} from './futures.js';
import {type Coroutine, type PyException, type PyObject, PythonRaise, type TaskCoroutine} from './host.js';
import {NativeCoroutine} from './native-coroutine.js';
import type {AsyncioRuntime} from './runtime.js';

/** Wraps a generator as a coroutine object (what calling an `async def` of asyncio returns). */
export function coroutine(runtime: AsyncioRuntime, body: AsyncioGenerator, label: string, qualname: string): TaskCoroutine {
	return new NativeCoroutine(runtime.host, body, label, qualname);
}

/** The Python exception inside a `PythonRaise`; anything else is an internal error and goes on up. */
export function caught(error: unknown): PyException {
	if (error instanceof PythonRaise) return error.exception;
	throw error;
}

/** `await coro` from asyncio code: delegate to `coro` as `yield from` does, in the same task. */
export function* yieldFrom(runtime: AsyncioRuntime, coro: Coroutine): AsyncioGenerator {
	const host = runtime.host;
	let finished = false;
	try {
		let step = coro.send(host.none);
		for (;;) {
			if (step.kind === 'return') {
				finished = true;
				return step.value;
			}
			if (step.kind === 'raise') {
				finished = true;
				throw new PythonRaise(step.exception);
			}
			if (step.kind === 'other') {
				step = coro.throw(host.makeException('RuntimeError', `Task got bad yield: ${step.repr}`));
				continue;
			}
			let sent: PyObject;
			try {
				sent = yield step.kind === 'future' ? step.future : undefined;
			} catch (error) {
				step = coro.throw(caught(error));
				continue;
			}
			step = coro.send(sent);
		}
	} finally {
		if (!finished) coro.close();
	}
}

/** `await aw` for a Future or a coroutine. */
export function awaitable(runtime: AsyncioRuntime, aw: Future | Coroutine): AsyncioGenerator {
	return aw instanceof Future ? aw.__await__() : yieldFrom(runtime, aw);
}
