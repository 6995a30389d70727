import {caught, coroutine} from './coroutine.js';
import type {AsyncioGenerator, Future} from './futures.js';
import {type PyObject, PythonRaise, type TaskCoroutine} from './host.js';
import {Lock} from './lock.js';
import {LoopBound} from './loop-bound.js';
import type {AsyncioRuntime} from './runtime.js';

/** locks.py `Condition`: waiters release the lock, wait for `notify`, then take the lock back. */
export class Condition extends LoopBound {
	readonly _waiters: Future[] = [];

	constructor(
		runtime: AsyncioRuntime,
		readonly _lock: Lock = new Lock(runtime),
	) {
		super(runtime);
	}

	locked(): boolean {
		return this._lock.locked();
	}

	acquire(): TaskCoroutine {
		return this._lock.acquire();
	}

	release(): void {
		this._lock.release();
	}

	__aenter__(): TaskCoroutine {
		return this._lock.__aenter__();
	}

	__aexit__(): TaskCoroutine {
		return this._lock.__aexit__();
	}

	wait(): TaskCoroutine {
		return coroutine(this.runtime, this._wait(), 'Condition.wait()', 'Condition.wait');
	}

	*_wait(): AsyncioGenerator {
		const host = this.runtime.host;
		if (!this.locked()) throw this.runtime.get_running_loop().runtimeError('cannot wait on un-acquired lock');
		this.release();
		try {
			const fut = this._get_loop().create_future('Condition.wait()');
			this._waiters.push(fut);
			try {
				yield* fut.__await__();
				return host.bool(true);
			} finally {
				this._waiters.splice(this._waiters.indexOf(fut), 1);
			}
		} finally {
			let cancelled = false;
			for (;;) {
				try {
					yield* this._lock._acquire();
					break;
				} catch (error) {
					if (!host.isInstance(caught(error), 'CancelledError')) throw error;
					cancelled = true;
				}
			}
			if (cancelled) throw new PythonRaise(host.makeCancelledError());
		}
	}

	/** `wait_for(predicate)`: wait until `predicate()` is true; returns its last value. */
	wait_for(predicate: PyObject): TaskCoroutine {
		const self = this;
		const host = this.runtime.host;
		return coroutine(this.runtime, (function* (): AsyncioGenerator {
			let result = host.call(predicate, []);
			while (!host.truthy(result)) {
				yield* self._wait();
				result = host.call(predicate, []);
			}
			return result;
		})(), 'Condition.wait_for()', 'Condition.wait_for');
	}

	notify(n = 1): void {
		if (!this.locked()) throw this.runtime.get_running_loop().runtimeError('cannot notify on un-acquired lock');
		let idx = 0;
		for (const fut of this._waiters) {
			if (idx >= n) break;
			if (!fut.done()) {
				idx++;
				fut.set_result(this.runtime.host.bool(false));
			}
		}
	}

	notify_all(): void {
		this.notify(this._waiters.length);
	}
}
