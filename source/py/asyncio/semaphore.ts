import {caught, coroutine} from './coroutine.js';
import type {AsyncioGenerator, Future} from './futures.js';
import {PythonRaise, type TaskCoroutine} from './host.js';
import {LoopBound} from './loop-bound.js';
import type {AsyncioRuntime} from './runtime.js';

/** locks.py `Semaphore` (3.11.7): a counter; `acquire` waits while it is 0 or others wait first. */
export class Semaphore extends LoopBound {
	_waiters: Future[] | undefined = undefined;
	_value: number;

	constructor(runtime: AsyncioRuntime, value = 1) {
		super(runtime);
		if (value < 0) throw new PythonRaise(runtime.host.makeException('ValueError', 'Semaphore initial value must be >= 0'));
		this._value = value;
	}

	locked(): boolean {
		return this._value === 0 || (this._waiters ?? []).some(w => !w.cancelled());
	}

	acquire(): TaskCoroutine {
		return coroutine(this.runtime, this._acquire(), `${this.className}.acquire()`, `${this.className}.acquire`);
	}

	*_acquire(): AsyncioGenerator {
		const host = this.runtime.host;
		if (!this.locked()) {
			this._value--;
			return host.bool(true);
		}
		this._waiters ??= [];
		const fut = this._get_loop().create_future(`${this.className}.acquire()`);
		this._waiters.push(fut);
		try {
			try {
				yield* fut.__await__();
			} finally {
				this._waiters.splice(this._waiters.indexOf(fut), 1);
			}
		} catch (error) {
			if (host.isInstance(caught(error), 'CancelledError') && !fut.cancelled()) {
				this._value++;
				this._wake_up_next();
			}
			throw error;
		}
		if (this._value > 0) this._wake_up_next();
		return host.bool(true);
	}

	release(): void {
		this._value++;
		this._wake_up_next();
	}

	_wake_up_next(): void {
		if (!this._waiters) return;
		for (const fut of this._waiters) {
			if (!fut.done()) {
				this._value--;
				fut.set_result(this.runtime.host.bool(true));
				return;
			}
		}
	}

	__aenter__(): TaskCoroutine {
		const self = this;
		return coroutine(this.runtime, (function* (): AsyncioGenerator {
			yield* self._acquire();
			return self.runtime.host.none;
		})(), `${this.className}.__aenter__()`, `${this.className}.__aenter__`);
	}

	__aexit__(): TaskCoroutine {
		const self = this;
		return coroutine(this.runtime, (function* (): AsyncioGenerator {
			self.release();
			return self.runtime.host.none;
		})(), `${this.className}.__aexit__()`, `${this.className}.__aexit__`);
	}

	get className(): string {
		return 'Semaphore';
	}
}

/** locks.py `BoundedSemaphore`: releasing above the initial value is a `ValueError`. */
export class BoundedSemaphore extends Semaphore {
	readonly _bound_value: number;

	constructor(runtime: AsyncioRuntime, value = 1) {
		super(runtime, value);
		this._bound_value = value;
	}

	override release(): void {
		if (this._value >= this._bound_value) {
			throw new PythonRaise(this.runtime.host.makeException('ValueError', 'BoundedSemaphore released too many times'));
		}
		super.release();
	}

	override get className(): string {
		return 'BoundedSemaphore';
	}
}
