import type {FrameRecorder} from './frame-recorder.js';
import type {Future} from '../asyncio/futures.js';
import type {AsyncioRuntime} from '../asyncio/runtime.js';
import {Task} from '../asyncio/tasks.js';
import {coroutine} from '../asyncio/coroutine.js';
import type {TaskCoroutine} from '../asyncio/host.js';
import type {VirtualClock} from '../asyncio/virtual-clock.js';
import {runtimeError} from '../runtime/exception-types.js';
import {PyFuture} from '../runtime/py-future.js';
import type {PyExceptionObject} from '../runtime/py-instance.js';
import type {PyValue} from '../runtime/py-object.js';
import {newException} from '../runtime/raise.js';
import {consoleLimitBytes} from '../../plan/index.js';
import {SimulationStop} from '../runtime/simulation-stop.js';
import type {Frame} from './frame.js';
import type {PyAsyncGenerator} from './generators.js';

/** Python's default `sys.getrecursionlimit()`. */
export const recursionLimit = 1000;

/**
 * The state of one simulated run shared by compiled code, builtins and modules: the recorder, the
 * virtual clock, the call depth, and the exceptions being handled (for bare `raise` and `__context__`).
 */
export class Interpreter {
	depth = 0;
	/** Innermost last: the exceptions whose `except` blocks are running. */
	readonly handling: PyExceptionObject[] = [];
	/** The frame running now (zero-argument `super()`, tracebacks). */
	frame: Frame | undefined;
	readonly sourceLines: readonly string[];
	/** Set while a function runs on the simulated executor thread: its `time.sleep` is charged here. */
	workerCost: number | undefined;
	readonly builtins = new Map<string, PyValue>();
	readonly modules = new Map<string, PyValue>();
	/** The main module's namespace. */
	readonly globals = new Map<string, PyValue>();
	/** Run when the main module finishes (asyncio reports tasks still pending). */
	readonly exitHooks: (() => void)[] = [];
	/** Async generators that have started (CPython's `firstiter` hook), for `asyncio.run` to close. */
	readonly asyncGenerators = new Set<PyAsyncGenerator>();
	/** The asyncio model's module-level state, once the program imports asyncio. */
	asyncioRuntime: AsyncioRuntime | undefined;
	private readonly outputNarration: number;
	private readonly errorNarration: number;

	constructor(
		readonly recorder: FrameRecorder,
		readonly clock: VirtualClock,
		/** The script path as the program sees it (`__file__`, tracebacks). */
		readonly fileName: string,
		source: string,
	) {
		this.sourceLines = source.split('\n');
		this.outputNarration = recorder.intern('print writes to stdout');
		this.errorNarration = recorder.intern('The program writes to stderr');
	}

	/** Characters written so far, against `consoleLimitBytes`. */
	private outputBytes = 0;

	/**
	 * Writes program output: an `output` step plus the text, so the console and the plan stay in
	 * order. Past `consoleLimitBytes` the simulation stops instead.
	 */
	write(stream: 'stdout' | 'stderr', text: string, line: number): void {
		if (text === '') return;
		this.outputBytes += text.length;
		if (this.outputBytes > consoleLimitBytes) {
			throw new SimulationStop(`the program wrote more than ${consoleLimitBytes / 1024 / 1024} MB of output; loopstep stopped keeping it`, 'console-limit');
		}
		this.recorder.step('output', line, 0, stream === 'stdout' ? this.outputNarration : this.errorNarration);
		this.recorder.write(stream, text);
	}

	/** The one Python object for a loop Future or Task (`AsyncioHost.wrapFuture`). */
	wrapFuture(future: Future): PyFuture {
		if (future.pyObject instanceof PyFuture) return future.pyObject;
		const wrapped = new PyFuture(future, future instanceof Task);
		future.pyObject = wrapped;
		return wrapped;
	}

	/** `Future.__await__()` as a coroutine the interpreter can delegate to. */
	awaitFuture(future: Future): TaskCoroutine {
		return coroutine(this.asyncioRuntime!, future.__await__(), future.label, 'Future.__await__');
	}

	newRuntimeError(message: string): PyExceptionObject {
		return newException(runtimeError, message);
	}

	atExit(): void {
		for (const hook of this.exitHooks) hook();
	}

	/** The line currently executing, for steps taken by builtins. */
	get line(): number {
		return this.frame?.line ?? 0;
	}
}
