import {BaseEventLoop} from './base-events.js';
import {coroutine} from './coroutine.js';
import type {AsyncioGenerator} from './futures.js';
import {gather, type _GatheringFuture} from './gather.js';
import {type PyObject, PythonRaise, type TaskCoroutine} from './host.js';
import type {AsyncioRuntime} from './runtime.js';

/**
 * `asyncio.run(main)` (runners.py `Runner`): a new loop, `main` wrapped in a task and run until
 * done; then, whatever happened, cancel the remaining tasks, close async generators, shut the
 * default executor down and close the loop. Only Python exceptions take that path: an internal
 * stop (step cap, a loop that would block forever) leaves at once.
 */
export function run(runtime: AsyncioRuntime, main: TaskCoroutine): PyObject {
	if (runtime._running_loop) {
		throw new PythonRaise(runtime.host.makeException('RuntimeError', 'asyncio.run() cannot be called from a running event loop'));
	}
	const loop = new BaseEventLoop(runtime);
	loop.recording.narrate(`asyncio.run() creates a new event loop and wraps ${main.label} in a Task`);
	let result: PyObject;
	let failure: PythonRaise | undefined;
	try {
		result = loop.run_until_complete(loop.create_task(main));
	} catch (error) {
		if (!(error instanceof PythonRaise)) throw error;
		failure = error;
	}
	closeRunner(runtime, loop);
	if (failure) throw failure;
	return result;
}

/** runners.py `Runner.close`. */
function closeRunner(runtime: AsyncioRuntime, loop: BaseEventLoop): void {
	try {
		_cancel_all_tasks(runtime, loop);
		loop.run_until_complete(shutdown_asyncgens(runtime, loop));
		loop.run_until_complete(loop.shutdown_default_executor());
	} finally {
		loop.recording.narrate('asyncio.run() closes the event loop');
		loop.recording.recorder.setPhase('event loop closed');
		loop.close();
	}
}

/** runners.py `_cancel_all_tasks`: cancel every pending task and run the loop until they finish. */
function _cancel_all_tasks(runtime: AsyncioRuntime, loop: BaseEventLoop): void {
	const to_cancel = runtime.all_tasks(loop);
	if (to_cancel.length === 0) return;
	loop.recording.narrate(`main() is done, so asyncio.run() cancels the ${to_cancel.length === 1 ? 'remaining task' : `${to_cancel.length} remaining tasks`}`);
	for (const task of to_cancel) task.cancel();
	loop.run_until_complete(gather(runtime, to_cancel, true));
	for (const task of to_cancel) {
		if (task.cancelled()) continue;
		const exception = task.exception();
		if (exception !== undefined) {
			loop.call_exception_handler({message: 'unhandled exception during asyncio.run() shutdown', exception, task});
		}
	}
}

/** base_events.py `shutdown_asyncgens`: `aclose()` every async generator left unfinished. */
function shutdown_asyncgens(runtime: AsyncioRuntime, loop: BaseEventLoop): TaskCoroutine {
	const host = runtime.host;
	return coroutine(
		runtime,
		(function* (): AsyncioGenerator {
			const closing = host.unfinishedAsyncGenerators?.() ?? [];
			if (closing.length === 0) return host.none;
			const outer = gather(runtime, closing.map(agen => agen.aclose()), true) as _GatheringFuture;
			yield* outer.__await__();
			closing.forEach((agen, index) => {
				const child = outer._children[index]!;
				if (child.cancelled()) return;
				const exception = child.exception();
				if (exception === undefined || host.isBaseOnly(exception) || host.isInstance(exception, 'CancelledError')) return;
				loop.call_exception_handler({message: `an error occurred during closing of asynchronous generator ${agen.repr}`, exception});
			});
			return host.none;
		})(),
		'loop.shutdown_asyncgens()',
		'BaseEventLoop.shutdown_asyncgens',
	);
}
