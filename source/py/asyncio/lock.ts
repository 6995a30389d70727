import {caught, coroutine} from './coroutine.js';
import type {AsyncioGenerator, Future} from './futures.js';
import type {TaskCoroutine} from './host.js';
import {LoopBound} from './loop-bound.js';

/** locks.py `Lock`: FIFO fair; `release` wakes the first waiter, which takes the lock when it runs. */
export class Lock extends LoopBound {
	_waiters: Future[] | undefined = undefined;
	_locked = false;

	locked(): boolean {
		return this._locked;
	}

	acquire(): TaskCoroutine {
		return coroutine(this.runtime, this._acquire(), 'Lock.acquire()', 'Lock.acquire');
	}

	*_acquire(): AsyncioGenerator {
		const host = this.runtime.host;
		if (!this._locked && (this._waiters === undefined || this._waiters.every(w => w.cancelled()))) {
			this._locked = true;
			return host.bool(true);
		}
		this._waiters ??= [];
		const fut = this._get_loop().create_future('Lock.acquire()');
		this._waiters.push(fut);
		try {
			try {
				yield* fut.__await__();
			} finally {
				this._waiters.splice(this._waiters.indexOf(fut), 1);
			}
		} catch (error) {
			if (host.isInstance(caught(error), 'CancelledError') && !this._locked) this._wake_up_first();
			throw error;
		}
		this._locked = true;
		return host.bool(true);
	}

	release(): void {
		if (!this._locked) throw this.runtime.get_running_loop().runtimeError('Lock is not acquired.');
		this._locked = false;
		this._wake_up_first();
	}

	_wake_up_first(): void {
		const fut = this._waiters?.[0];
		if (fut && !fut.done()) fut.set_result(this.runtime.host.bool(true));
	}

	/** `async with lock:` enters by acquiring (the result is None) ... */
	__aenter__(): TaskCoroutine {
		const self = this;
		return coroutine(this.runtime, (function* () {
			yield* self._acquire();
			return self.runtime.host.none;
		})(), 'Lock.__aenter__()', 'Lock.__aenter__');
	}

	/** ... and exits by releasing. */
	__aexit__(): TaskCoroutine {
		const self = this;
		return coroutine(this.runtime, (function* (): AsyncioGenerator {
			self.release();
			return self.runtime.host.none;
		})(), 'Lock.__aexit__()', 'Lock.__aexit__');
	}

	override repr(): string {
		const extra = this._locked ? 'locked' : 'unlocked';
		const waiters = this._waiters?.length ?? 0;
		return `<asyncio.locks.Lock object [${waiters ? `${extra}, waiters:${waiters}` : extra}]>`;
	}
}
