/**
 * The adapter between the asyncio loop model and the Python interpreter.
 *
 * The loop never looks inside Python values: objects, exceptions and callables are opaque
 * (`PyObject`, `PyException`). Everything it needs from the interpreter goes through the two
 * interfaces below: `Coroutine` (drive one coroutine one step, as `coro.send` / `coro.throw` do in
 * `Task.__step`) and `AsyncioHost` (make and inspect exceptions, format reprs and tracebacks,
 * run a function on a simulated worker thread).
 *
 * The other direction, the interpreter awaiting asyncio objects, uses the same `Coroutine`
 * interface: `Future.__await__()`, `sleep(...)`, `Queue.get()` ... all return a `Coroutine`
 * implemented here, and the interpreter delegates to it exactly as `await` / `yield from` delegates
 * to a sub-iterator: every value it yields is passed up unchanged to whoever drives the outer
 * coroutine, and its return value or exception becomes the value or exception of the `await`.
 *
 * Wiring, from the interpreter's side:
 * - one `AsyncioRuntime(host)` per program (it owns the `Task-N` counter and the running loop);
 *   `run(runtime, coro)` is `asyncio.run`; `runtime.at_exit()` once the main module has finished
 *   (pending tasks are then destroyed, as at interpreter exit);
 * - Python exceptions cross this boundary as `PythonRaise` (thrown by callbacks given to
 *   `call_soon`/`call_later`, by `host.call`, and by the asyncio functions here);
 * - `EventLoopBlockedForever` (not a Python exception) means the program would hang in CPython.
 */
import type {Future} from './futures.js';
import type {Recorder} from '../../plan/index.js';
import type {VirtualClock} from './virtual-clock.js';

/** Any Python object, opaque to the loop. */
export type PyObject = unknown;

/** A Python exception instance (a `BaseException`), opaque to the loop. */
export type PyException = unknown;

/**
 * What one `send`/`throw` did. Mirrors the branches of CPython's `Task.__step` (tasks.py):
 * - `future`: the coroutine yielded a Future whose `_asyncio_future_blocking` was set (that is,
 *   `await fut` suspended on it). The future is the loop's own `Future` object, passed up unchanged
 *   from the asyncio `Coroutine` that yielded it.
 * - `bare`: a bare `yield` (yielded `None`), as `asyncio.sleep(0)` does; the task reschedules itself.
 * - `other`: anything else was yielded; `repr` is its Python repr, for
 *   `RuntimeError: Task got bad yield: <repr>`.
 * - `return`: the coroutine finished (`StopIteration.value`).
 * - `raise`: an exception escaped the coroutine (including `CancelledError`).
 */
export type CoroutineStep =
	| {readonly kind: 'future'; readonly future: Future}
	| {readonly kind: 'bare'}
	| {readonly kind: 'other'; readonly repr: string}
	| {readonly kind: 'return'; readonly value: PyObject}
	| {readonly kind: 'raise'; readonly exception: PyException};

/**
 * A resumable computation: a Python coroutine object (implemented by the interpreter) or an asyncio
 * coroutine implemented here (`sleep`, `Future.__await__`, `Queue.get` ...).
 *
 * The interpreter's implementation pushes the coroutine chain's frames on the recorder when resumed
 * and pops them when it suspends or finishes, so the plan's stack shows the running task's
 * coroutines, user code only.
 */
export interface Coroutine {
	/** `coro.send(value)`; the first call must pass `None`. */
	send(value: PyObject): CoroutineStep;
	/** `coro.throw(exception)`: raise `exception` at the suspension point. */
	throw(exception: PyException): CoroutineStep;
	/** `coro.close()`: throw `GeneratorExit` in if suspended; a no-op when done or not started. */
	close(): void;
}

/** A coroutine a Task can wrap: it can also describe itself for labels and reprs. */
export interface TaskCoroutine extends Coroutine {
	/** The call that made it, as a person reads it in the queues: `task('Task 2', 1)`, `sleep(1)`. */
	readonly label: string;
	/** 1-based line of its `async def` (0 for coroutines implemented by asyncio itself). */
	readonly definitionLine: number;
	/** 1-based line it is suspended at, or its definition line when not started / done. */
	readonly currentLine: number;
	/**
	 * CPython's `coroutines._format_coroutine`: `main() running at /tmp/x.py:5` while suspended,
	 * `bad() done, defined at /tmp/x.py:2` when finished (used by Task reprs in error reports).
	 */
	formatRepr(): string;
}

/**
 * Exception classes the loop creates. The asyncio ones (`CancelledError`, `InvalidStateError`,
 * `QueueEmpty`, `QueueFull`) are the classes the Python-facing `asyncio` module exposes;
 * `TimeoutError` is the builtin one (asyncio.TimeoutError is an alias since 3.11).
 */
export type AsyncioExceptionType =
	| 'CancelledError'
	| 'InvalidStateError'
	| 'TimeoutError'
	| 'QueueEmpty'
	| 'QueueFull'
	| 'RuntimeError'
	| 'ValueError'
	| 'TypeError';

/** What a function run on the simulated worker thread did, and how long it took there. */
export interface WorkerOutcome {
	/** Set when the function returned. */
	readonly value?: PyObject;
	/** Set when the function raised. */
	readonly exception?: PyException;
	/** Seconds the function spent on the worker: its `time.sleep` calls (and nothing else). */
	readonly cost: number;
}

/** The services the loop needs from the interpreter. */
export interface AsyncioHost {
	/** Where loop steps, queues and the clock are recorded; shared with the interpreter. */
	readonly recorder: Recorder;
	/** The program's one virtual clock (`loop.time()`, `time.monotonic()`, `time.sleep`). */
	readonly clock: VirtualClock;
	/** The script path as CPython prints it in reprs and tracebacks (e.g. `/tmp/x.py`). */
	readonly fileName: string;

	/** A new exception instance: `CancelledError(message)`, `TimeoutError()` ... (no message: no args). */
	makeException(type: AsyncioExceptionType, message?: string): PyException;
	/** `CancelledError()`, or `CancelledError(message)` for `task.cancel(msg)` (undefined/None: no args). */
	makeCancelledError(message?: PyObject): PyException;
	/**
	 * `BaseExceptionGroup(message, exceptions)`: an `ExceptionGroup` when every member is an
	 * `Exception`, as the constructor decides in CPython (TaskGroup raises this).
	 */
	makeExceptionGroup(message: string, exceptions: readonly PyException[]): PyException;
	/** `raise exception from cause`: sets `__cause__` (and `__suppress_context__`). */
	setCause(exception: PyException, cause: PyException): void;
	/** Sets `__context__`, as raising inside an `except` block would. */
	setContext(exception: PyException, context: PyException): void;
	/** `isinstance(exception, type)` for the classes the loop creates. */
	isInstance(exception: PyException, type: AsyncioExceptionType): boolean;
	/** `type(exception) is type` (timeouts.py compares `exc_type is CancelledError`). */
	isExactly(exception: PyException, type: AsyncioExceptionType): boolean;
	/**
	 * True for `KeyboardInterrupt` and `SystemExit`: `Task.__step` re-raises them out of the loop
	 * and TaskGroup treats them as base errors (`BaseException` but not `Exception`).
	 */
	isBaseOnly(exception: PyException): boolean;

	/** Python's `None`: sent into a coroutine to start it, the result of `sleep` ... */
	readonly none: PyObject;
	/** Python objects for values asyncio returns: `Event.wait()` → `True`, `gather` → a list ... */
	bool(value: boolean): PyObject;
	list(items: readonly PyObject[]): PyObject;
	tuple(items: readonly PyObject[]): PyObject;
	set(items: readonly PyObject[]): PyObject;
	/**
	 * The Python object for one of the loop's Futures or Tasks (`asyncio.wait` returns sets of them,
	 * `current_task()` returns one). Must return the same object for the same future every time.
	 */
	wrapFuture(future: Future): PyObject;
	/** `callable(*args)`; throws `PythonRaise` when the call raises (Condition.wait_for's predicate). */
	call(callable: PyObject, args: readonly PyObject[]): PyObject;
	/** `bool(value)`. */
	truthy(value: PyObject): boolean;
	/**
	 * `a < b` (PriorityQueue orders items with it, as heapq does); throws `PythonRaise` when the
	 * comparison raises. Optional: without it, PriorityQueue raises TypeError.
	 */
	lessThan?(a: PyObject, b: PyObject): boolean;

	/** `repr(value)` for any Python object (Future reprs, handle labels). */
	repr(value: PyObject): string;
	/**
	 * The traceback as `traceback.print_exception` writes it, every line ending in `\n`:
	 * `Traceback (most recent call last):\n  File ...\nValueError: x\n`.
	 */
	formatException(exception: PyException): string;
	/** Writes to the program's stderr (so the interpreter's console and the plan stay in order). */
	writeStderr(text: string): void;

	/**
	 * Runs `callable(*args)` as a worker thread of the default executor would: to completion, now,
	 * with `time.sleep` inside it charged to the returned `cost` instead of the loop's clock.
	 */
	runInWorker(callable: PyObject, args: readonly PyObject[]): WorkerOutcome;

	/**
	 * Async generators started and not finished, oldest first (CPython's loop tracks them through
	 * `sys.set_asyncgen_hooks`); `asyncio.run` closes them before closing the loop. Optional: without
	 * it, none are closed.
	 */
	unfinishedAsyncGenerators?(): readonly UnfinishedAsyncGenerator[];
}

/** An async generator `asyncio.run` must close at shutdown. */
export interface UnfinishedAsyncGenerator {
	/** `agen.aclose()`: a coroutine that throws `GeneratorExit` in and runs its `finally` blocks. */
	aclose(): TaskCoroutine;
	/** `repr(agen)`: `<async_generator object ticker at 0x...>`. */
	readonly repr: string;
}

/**
 * A Python exception travelling through asyncio code implemented in TypeScript. Coroutines and
 * callbacks written here throw it (and catch it) where the Python original raises; the
 * `Coroutine` adapters turn it into a `raise` step and back.
 */
export class PythonRaise extends Error {
	constructor(readonly exception: PyException) {
		super('Python exception in asyncio');
		this.name = 'PythonRaise';
	}
}
