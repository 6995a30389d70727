import {coroutine} from './coroutine.js';
import {Deque} from './deque.js';
import {ensure_future} from './ensure-future.js';
import {Handle, type HandleSource, TimerHandle} from './events.js';
import {DefaultExecutor} from './executor.js';
import {type AsyncioGenerator, Future} from './futures.js';
import {type AsyncioHost, type PyException, type PyObject, PythonRaise, type TaskCoroutine} from './host.js';
import {LoopRecording} from './loop-recording.js';
import type {AsyncioRuntime} from './runtime.js';
import {Task} from './tasks.js';
import {TimerHeap} from './timer-heap.js';

/** base_events.py: clean `_scheduled` when more than half of more than 100 timers are cancelled. */
const _MIN_SCHEDULED_TIMER_HANDLES = 100;
const _MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;

/** What `call_exception_handler` receives (base_events.py `default_exception_handler`). */
export interface ExceptionContext {
	readonly message: string;
	readonly exception?: PyException;
	readonly handle?: Handle;
	readonly future?: Future;
	readonly task?: Future;
}

/**
 * Thrown when the loop must wait but has nothing to wait for: no ready handle, no timer, not
 * stopping. CPython blocks in `select()` forever there; the simulation stops and says so.
 */
export class EventLoopBlockedForever extends Error {
	constructor() {
		super('the event loop has no ready handle and no timer left, so python3 would wait here forever');
		this.name = 'EventLoopBlockedForever';
	}
}

/**
 * base_events.py `_run_until_complete_cb`: stop the loop, unless SystemExit/KeyboardInterrupt
 * already left it (then this handle only runs later, and retrieving the exception keeps it from
 * being reported as never retrieved).
 */
function _run_until_complete_cb(fut: Future): void {
	if (!fut.cancelled()) {
		const exc = fut.exception();
		if (exc !== undefined && fut._loop.host.isBaseOnly(exc)) return;
	}
	fut._loop.stop();
}

/** base_events.py `BaseEventLoop`, with a virtual clock instead of a selector. */
export class BaseEventLoop {
	readonly _ready = new Deque<Handle>();
	readonly _scheduled = new TimerHeap<TimerHandle>();
	_timer_cancelled_count = 0;
	_stopping = false;
	_closed = false;
	/** `time.get_clock_info('monotonic').resolution` on Linux. */
	readonly _clock_resolution = 1e-9;
	readonly recording: LoopRecording;
	private running = false;
	private executor: DefaultExecutor | undefined = undefined;
	private timerSequence = 0;
	private iteration = 0;

	constructor(readonly runtime: AsyncioRuntime) {
		this.recording = new LoopRecording(runtime.host.recorder);
	}

	get host(): AsyncioHost {
		return this.runtime.host;
	}

	time(): number {
		return this.host.clock.now;
	}

	is_running(): boolean {
		return this.running;
	}

	is_closed(): boolean {
		return this._closed;
	}

	_check_closed(): void {
		if (this._closed) throw this.runtimeError('Event loop is closed');
	}

	/**
	 * Appends a handle to `_ready`. `callback` throws `PythonRaise` for a Python exception (it goes
	 * to `call_exception_handler`, as in `Handle._run`); any other throw is an internal error.
	 */
	call_soon(callback: () => void, source: HandleSource): Handle {
		this._check_closed();
		const handle = new Handle(callback, this, source);
		this._ready.append(handle);
		this.recording.handleReady(handle);
		return handle;
	}

	/** In a simulation with one thread, the same as `call_soon` (CPython also wakes the selector). */
	call_soon_threadsafe(callback: () => void, source: HandleSource): Handle {
		return this.call_soon(callback, source);
	}

	call_later(delay: number, callback: () => void, source: HandleSource): TimerHandle {
		return this.call_at(this.time() + delay, callback, source);
	}

	call_at(when: number, callback: () => void, source: HandleSource): TimerHandle {
		this._check_closed();
		const timer = new TimerHandle(when, this.timerSequence++, callback, this, source);
		this._scheduled.push(timer);
		timer._scheduled = true;
		this.recording.timerScheduled(timer);
		return timer;
	}

	_handle_cancelled(handle: Handle): void {
		if (handle instanceof TimerHandle) this.recording.timerCancelled(handle);
		else this.recording.handleCancelled(handle);
	}

	_timer_handle_cancelled(handle: TimerHandle): void {
		if (handle._scheduled) this._timer_cancelled_count++;
	}

	create_future(label = 'Future'): Future {
		return new Future(this, label);
	}

	create_task(coro: TaskCoroutine, name?: string): Task {
		this._check_closed();
		return new Task(coro, this, name);
	}

	/** The simulated `ThreadPoolExecutor` behind `run_in_executor(None, ...)`, made on first use. */
	default_executor(): DefaultExecutor {
		this.executor ??= new DefaultExecutor(this);
		return this.executor;
	}

	/** base_events.py `shutdown_default_executor` (a coroutine: `asyncio.run` wraps it in a task). */
	shutdown_default_executor(): TaskCoroutine {
		const executor = this.executor;
		const host = this.host;
		return coroutine(
			this.runtime,
			(function* (): AsyncioGenerator {
				if (executor) yield* executor.shutdown();
				return host.none;
			})(),
			'loop.shutdown_default_executor()',
			'BaseEventLoop.shutdown_default_executor',
		);
	}

	stop(): void {
		this._stopping = true;
	}

	run_forever(): void {
		this._check_closed();
		if (this.running) throw this.runtimeError('This event loop is already running');
		if (this.runtime._running_loop) {
			throw this.runtimeError('Cannot run the event loop while another loop is running');
		}
		this.running = true;
		this.runtime._running_loop = this;
		try {
			for (;;) {
				this._run_once();
				if (this._stopping) break;
			}
		} finally {
			this._stopping = false;
			this.running = false;
			this.runtime._running_loop = undefined;
		}
	}

	/** base_events.py `run_until_complete`: run until `future` is done, then return its result. */
	run_until_complete(awaitable: Future | TaskCoroutine): PyObject {
		this._check_closed();
		const newTask = !(awaitable instanceof Future);
		const future = ensure_future(awaitable, this);
		if (newTask && future instanceof Task) future._log_destroy_pending = false;
		const key = {};
		future.add_done_callback({fn: _run_until_complete_cb, label: '_run_until_complete_cb: stop the loop', line: 0, repr: '_run_until_complete_cb()', key});
		try {
			this.run_forever();
		} catch (error) {
			if (newTask && future.done() && !future.cancelled()) future.exception();
			throw error;
		} finally {
			future.remove_done_callback(key);
		}
		if (!future.done()) throw this.runtimeError('Event loop stopped before Future completed.');
		return future.result();
	}

	close(): void {
		if (this.running) throw this.runtimeError('Cannot close a running event loop');
		if (this._closed) return;
		this._closed = true;
		for (let handle = this._ready.popleft(); handle; handle = this._ready.popleft()) this.recording.handleLeftReady(handle);
		for (let timer = this._scheduled.pop(); timer; timer = this._scheduled.pop()) {
			timer._scheduled = false;
			this.recording.timerLeftScheduled(timer);
		}
		for (const task of this.runtime._all_tasks) {
			if (task._loop !== this) continue;
			this.recording.taskForgotten(task);
			if (task.done()) this.runtime._all_tasks.delete(task);
		}
		this.reportUnretrievedExceptions();
	}

	/**
	 * futures.py `Future.__del__`: a future whose exception nobody retrieved reports it when it is
	 * collected. Without a garbage collector to follow, the loop reports them when it closes.
	 */
	private reportUnretrievedExceptions(): void {
		const runtime = this.runtime;
		const failed = runtime._failed_futures;
		runtime._failed_futures = failed.filter(future => future._loop !== this);
		for (const future of failed) {
			if (future._loop !== this || !future._log_traceback) continue;
			future._log_traceback = false;
			this.call_exception_handler({message: `${future.className} exception was never retrieved`, exception: future._exception, future});
		}
	}

	/**
	 * One iteration (base_events.py `_run_once`): drop cancelled timers at the head of the heap, wait
	 * (jump the clock) if nothing is ready, move every timer with `when < now + clock_resolution` to
	 * `_ready`, then run exactly the handles that were ready at that moment. Handles they add wait
	 * for the next iteration.
	 */
	_run_once(): void {
		const scheduled = this._scheduled;
		const schedCount = scheduled.length;
		this.iteration++;
		if (
			schedCount > _MIN_SCHEDULED_TIMER_HANDLES &&
			this._timer_cancelled_count / schedCount > _MIN_CANCELLED_TIMER_HANDLES_FRACTION
		) {
			const removed = scheduled.removeWhere(timer => timer._cancelled);
			for (const timer of removed) timer._scheduled = false;
			this._timer_cancelled_count = 0;
			this.recording.iterationBegins(this.iteration, []);
			this.recording.heapRebuilt(removed, schedCount);
		} else {
			const dropped: TimerHandle[] = [];
			for (let top = scheduled.peek(); top?._cancelled; top = scheduled.peek()) {
				this._timer_cancelled_count--;
				scheduled.pop();
				top._scheduled = false;
				dropped.push(top);
			}
			this.recording.iterationBegins(this.iteration, dropped);
		}

		let now = this.time();
		let jumped = false;
		if (this._ready.length === 0 && !this._stopping) {
			const next = scheduled.peek();
			if (!next) throw new EventLoopBlockedForever();
			if (next._when > now) {
				jumped = true;
				now = next._when;
			}
		}

		const end_time = now + this._clock_resolution;
		const due: TimerHandle[] = [];
		for (let top = scheduled.peek(); top && top._when < end_time; top = scheduled.peek()) {
			scheduled.pop();
			top._scheduled = false;
			due.push(top);
		}
		if (due.length > 0) {
			this.recording.timersDue(due, now, jumped);
			if (jumped) this.host.clock.advanceTo(now);
			for (const timer of due) {
				this.recording.timerLeftScheduled(timer);
				this._ready.append(timer);
				this.recording.handleReady(timer);
			}
		}

		const ntodo = this._ready.length;
		if (ntodo > 0) this.recording.runsHandles(ntodo);
		for (let index = 0; index < ntodo; index++) {
			const handle = this._ready.popleft()!;
			this.recording.handleLeftReady(handle);
			if (handle._cancelled) continue;
			this.recording.handleStarts(handle);
			handle._run();
		}
	}

	/** base_events.py `default_exception_handler`: the message, the context sorted by key, the traceback. */
	call_exception_handler(context: ExceptionContext): void {
		const host = this.host;
		const lines = [context.message];
		if (context.future) lines.push(`future: ${context.future.repr()}`);
		if (context.handle) lines.push(`handle: ${context.handle.repr()}`);
		if (context.task) lines.push(`task: ${context.task.repr()}`);
		let text = `${lines.join('\n')}\n`;
		if (context.exception !== undefined) text += host.formatException(context.exception);
		host.writeStderr(text);
	}

	runtimeError(message: string): PythonRaise {
		return new PythonRaise(this.host.makeException('RuntimeError', message));
	}
}
