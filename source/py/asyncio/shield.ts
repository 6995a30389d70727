import {ensure_future} from './ensure-future.js';
import type {Future} from './futures.js';
import type {TaskCoroutine} from './host.js';
import type {AsyncioRuntime} from './runtime.js';

/**
 * tasks.py `shield`: an outer future that mirrors `inner`; cancelling the outer one leaves the
 * inner one running.
 */
export function shield(runtime: AsyncioRuntime, arg: Future | TaskCoroutine): Future {
	const inner = ensure_future(arg, runtime.get_running_loop());
	if (inner.done()) return inner;
	const outer = inner._loop.create_future(`shield(${inner.label})`);
	const _inner_done_callback = (done: Future): void => {
		if (outer.cancelled()) {
			if (!done.cancelled()) done.exception();
			return;
		}
		if (done.cancelled()) {
			outer.cancel();
			return;
		}
		const exc = done.exception();
		if (exc !== undefined) outer.set_exception(exc);
		else outer.set_result(done.result());
	};
	const _outer_done_callback = (): void => {
		if (!inner.done()) inner.remove_done_callback(_inner_done_callback);
	};
	inner.add_done_callback({fn: _inner_done_callback, label: `shield: ${inner.label} done`, line: 0, repr: 'shield.<locals>._inner_done_callback()', key: _inner_done_callback});
	outer.add_done_callback({fn: _outer_done_callback, label: `shield: outer done`, line: 0, repr: 'shield.<locals>._outer_done_callback()', key: _outer_done_callback});
	return outer;
}
