import {coroutine} from './coroutine.js';
import type {AsyncioGenerator, Future} from './futures.js';
import type {TaskCoroutine} from './host.js';
import {LoopBound} from './loop-bound.js';

/** locks.py `Event`: `set()` wakes every waiter; `wait()` returns at once when already set. */
export class Event extends LoopBound {
	_waiters: Future[] = [];
	_value = false;

	is_set(): boolean {
		return this._value;
	}

	set(): void {
		if (this._value) return;
		this._value = true;
		const host = this.runtime.host;
		for (const fut of this._waiters) if (!fut.done()) fut.set_result(host.bool(true));
	}

	clear(): void {
		this._value = false;
	}

	wait(): TaskCoroutine {
		return coroutine(this.runtime, this._wait(), 'Event.wait()', 'Event.wait');
	}

	*_wait(): AsyncioGenerator {
		const host = this.runtime.host;
		if (this._value) return host.bool(true);
		const fut = this._get_loop().create_future('Event.wait()');
		this._waiters.push(fut);
		try {
			yield* fut.__await__();
			return host.bool(true);
		} finally {
			this._waiters.splice(this._waiters.indexOf(fut), 1);
		}
	}

	override repr(): string {
		const extra = this._value ? 'set' : 'unset';
		return `<asyncio.locks.Event object [${this._waiters.length ? `${extra}, waiters:${this._waiters.length}` : extra}]>`;
	}
}
