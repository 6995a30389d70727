import {coroutine} from './coroutine.js';
import {Deque} from './deque.js';
import {Event} from './event.js';
import type {AsyncioGenerator, Future} from './futures.js';
import {type PyObject, PythonRaise, type TaskCoroutine} from './host.js';
import {LoopBound} from './loop-bound.js';
import type {AsyncioRuntime} from './runtime.js';

/**
 * queues.py `Queue` (FIFO; `LifoQueue` overrides `_get`). Waiting getters and putters are futures
 * in FIFO deques; `_wakeup_next` releases the first one that is not done.
 */
export class Queue extends LoopBound {
	readonly _getters: Future[] = [];
	readonly _putters: Future[] = [];
	_unfinished_tasks = 0;
	readonly _finished: Event;
	protected readonly _queue = new Deque<PyObject>();

	constructor(
		runtime: AsyncioRuntime,
		readonly _maxsize = 0,
	) {
		super(runtime);
		this._finished = new Event(runtime);
		this._finished.set();
	}

	get maxsize(): number {
		return this._maxsize;
	}

	protected _get(): PyObject {
		return this._queue.popleft();
	}

	protected _put(item: PyObject): void {
		this._queue.append(item);
	}

	/** The items, front first (for reprs and the interpreter). */
	items(): PyObject[] {
		return [...this._queue];
	}

	_wakeup_next(waiters: Future[]): void {
		while (waiters.length > 0) {
			const waiter = waiters.shift()!;
			if (!waiter.done()) {
				waiter.set_result(this.runtime.host.none);
				break;
			}
		}
	}

	qsize(): number {
		return this._queue.length;
	}

	empty(): boolean {
		return this._queue.length === 0;
	}

	full(): boolean {
		return this._maxsize > 0 && this.qsize() >= this._maxsize;
	}

	put(item: PyObject): TaskCoroutine {
		return coroutine(this.runtime, this._putBody(item), 'Queue.put()', 'Queue.put');
	}

	*_putBody(item: PyObject): AsyncioGenerator {
		while (this.full()) {
			const putter = this._get_loop().create_future('Queue.put()');
			this._putters.push(putter);
			yield* this.waitOn(putter, this._putters, () => !this.full());
		}
		this.put_nowait(item);
		return this.runtime.host.none;
	}

	put_nowait(item: PyObject): void {
		if (this.full()) throw new PythonRaise(this.runtime.host.makeException('QueueFull'));
		this._put(item);
		this._unfinished_tasks++;
		this._finished.clear();
		this._wakeup_next(this._getters);
	}

	get(): TaskCoroutine {
		return coroutine(this.runtime, this._getBody(), 'Queue.get()', 'Queue.get');
	}

	*_getBody(): AsyncioGenerator {
		while (this.empty()) {
			const getter = this._get_loop().create_future('Queue.get()');
			this._getters.push(getter);
			yield* this.waitOn(getter, this._getters, () => !this.empty());
		}
		return this.get_nowait();
	}

	get_nowait(): PyObject {
		if (this.empty()) throw new PythonRaise(this.runtime.host.makeException('QueueEmpty'));
		const item = this._get();
		this._wakeup_next(this._putters);
		return item;
	}

	task_done(): void {
		if (this._unfinished_tasks <= 0) {
			throw new PythonRaise(this.runtime.host.makeException('ValueError', 'task_done() called too many times'));
		}
		this._unfinished_tasks--;
		if (this._unfinished_tasks === 0) this._finished.set();
	}

	join(): TaskCoroutine {
		return coroutine(this.runtime, this._joinBody(), 'Queue.join()', 'Queue.join');
	}

	*_joinBody(): AsyncioGenerator {
		if (this._unfinished_tasks > 0) yield* this._finished._wait();
		return this.runtime.host.none;
	}

	/**
	 * `await waiter`, and on any exception (the bare `except:` of queues.py): cancel it, drop it
	 * from `waiters`, and pass the wakeup on if the queue can still serve someone.
	 */
	private *waitOn(waiter: Future, waiters: Future[], canServe: () => boolean): AsyncioGenerator<void> {
		let completed = false;
		try {
			yield* waiter.__await__();
			completed = true;
		} finally {
			if (!completed) {
				waiter.cancel();
				const at = waiters.indexOf(waiter);
				if (at >= 0) waiters.splice(at, 1);
				if (canServe() && !waiter.cancelled()) this._wakeup_next(waiters);
			}
		}
	}
}

/** queues.py `LifoQueue`: the last item put is the first got. */
export class LifoQueue extends Queue {
	private readonly stack: PyObject[] = [];

	protected override _get(): PyObject {
		return this.stack.pop();
	}

	protected override _put(item: PyObject): void {
		this.stack.push(item);
	}

	override items(): PyObject[] {
		return [...this.stack];
	}

	override qsize(): number {
		return this.stack.length;
	}

	override empty(): boolean {
		return this.stack.length === 0;
	}
}
