import type {BaseEventLoop} from './base-events.js';
import {ensure_future} from './ensure-future.js';
import {Future} from './futures.js';
import type {PyObject, TaskCoroutine} from './host.js';
import type {AsyncioRuntime} from './runtime.js';
import {Task} from './tasks.js';

/** tasks.py `_GatheringFuture`: cancelling it cancels the children, as `Task.cancel` would. */
export class _GatheringFuture extends Future {
	_cancel_requested = false;

	constructor(
		readonly _children: readonly Future[],
		loop: BaseEventLoop,
	) {
		super(loop, `gather(${_children.map(child => child.label).join(', ')})`);
	}

	override get className(): string {
		return '_GatheringFuture';
	}

	override cancel(msg?: PyObject): boolean {
		if (this.done()) return false;
		let ret = false;
		for (const child of this._children) if (child.cancel(msg)) ret = true;
		if (ret) this._cancel_requested = true;
		return ret;
	}
}

/**
 * tasks.py `gather`: wraps coroutines in tasks in argument order; the outer future's result lists
 * the children's results in argument order, or takes the first exception (unless
 * `return_exceptions`). A cancelled child counts as raising `CancelledError`.
 */
export function gather(runtime: AsyncioRuntime, coros_or_futures: readonly (Future | TaskCoroutine)[], return_exceptions = false): Future {
	const host = runtime.host;
	if (coros_or_futures.length === 0) {
		const outer = runtime.get_running_loop().create_future('gather()');
		outer.set_result(host.list([]));
		return outer;
	}
	let outer: _GatheringFuture | undefined;
	const children: Future[] = [];
	let nfinished = 0;
	let nfuts = 0;
	const _done_callback = (fut: Future): void => {
		nfinished++;
		if (outer === undefined || outer.done()) {
			if (!fut.cancelled()) fut.exception();
			return;
		}
		if (!return_exceptions) {
			if (fut.cancelled()) {
				outer.set_exception(fut._make_cancelled_error());
				return;
			}
			const exc = fut.exception();
			if (exc !== undefined) {
				outer.set_exception(exc);
				return;
			}
		}
		if (nfinished === nfuts) {
			const results = children.map(child => {
				if (child.cancelled()) {
					const message = child._cancel_message;
					return message === undefined || message === host.none ? host.makeException('CancelledError', '') : host.makeCancelledError(message);
				}
				return child.exception() ?? child.result();
			});
			if (outer._cancel_requested) outer.set_exception(fut._make_cancelled_error());
			else outer.set_result(host.list(results));
		}
	};
	const argToFut = new Map<Future | TaskCoroutine, Future>();
	let loop: BaseEventLoop | undefined;
	for (const arg of coros_or_futures) {
		let fut = argToFut.get(arg);
		if (fut === undefined) {
			fut = arg instanceof Future ? arg : ensure_future(arg, loop ?? runtime.get_running_loop());
			loop ??= fut._loop;
			if (fut !== arg && fut instanceof Task) fut._log_destroy_pending = false;
			nfuts++;
			argToFut.set(arg, fut);
			fut.add_done_callback({fn: _done_callback, label: `gather: ${fut.label} done`, line: 0, repr: 'gather.<locals>._done_callback()', key: _done_callback});
		}
		children.push(fut);
	}
	outer = new _GatheringFuture(children, loop!);
	return outer;
}
