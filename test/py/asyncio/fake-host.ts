import {execFileSync} from 'node:child_process';
import {Recorder} from '../../../source/plan/index.js';
import {
	AsyncioRuntime,
	type AsyncioExceptionType,
	type AsyncioGenerator,
	type CoroutineStep,
	type AsyncioHost,
	awaitable,
	type Future,
	NativeCoroutine,
	type PyObject,
	PythonRaise,
	type TaskCoroutine,
	VirtualClock,
	type WorkerOutcome,
	asyncioQueues,
	caught,
} from '../../../source/py/asyncio/index.js';

/** What `async with` needs (Timeout, TaskGroup). */
export interface AsyncContextManager {
	__aenter__(): TaskCoroutine;
	__aexit__(exc: unknown): TaskCoroutine;
}

/** A Python exception in the fake world: its class name, message and chaining. */
export class FakeException {
	cause: FakeException | undefined;
	context: FakeException | undefined;
	constructor(
		readonly type: string,
		readonly message = '',
		readonly members: readonly FakeException[] = [],
	) {}
	toString(): string {
		return this.message === '' ? this.type : `${this.type}: ${this.message}`;
	}
}

const hierarchy: Record<string, string[]> = {
	CancelledError: ['CancelledError', 'BaseException'],
	TimeoutError: ['TimeoutError', 'OSError', 'Exception', 'BaseException'],
	ExceptionGroup: ['ExceptionGroup', 'Exception', 'BaseException'],
	KeyboardInterrupt: ['KeyboardInterrupt', 'BaseException'],
	SystemExit: ['SystemExit', 'BaseException'],
};

function isa(exception: unknown, type: string): boolean {
	if (!(exception instanceof FakeException)) return false;
	return (hierarchy[exception.type] ?? [exception.type, 'Exception']).includes(type);
}

/** `print` for the fake programs' values (JS values stand in for Python ones). */
export function pyStr(value: unknown): string {
	if (value === null || value === undefined) return 'None';
	if (value === true) return 'True';
	if (value === false) return 'False';
	if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
	if (value instanceof FakeException) return value.message;
	return String(value);
}

export function pyRepr(value: unknown): string {
	if (typeof value === 'string') return `'${value}'`;
	if (value instanceof FakeException) return `${value.type}(${value.message === '' ? '' : `'${value.message}'`})`;
	return pyStr(value);
}

/**
 * A fake interpreter: Python objects are JS values, coroutines are TypeScript generator functions
 * yielding futures (wrapped as `NativeCoroutine`s), `print` writes to the recorder's stdout.
 */
export class FakeProgram {
	readonly recorder = new Recorder({language: 'python', file: 'fake.py', source: '', clockUnit: 's', queues: asyncioQueues}, {maxSteps: 10_000_000});
	readonly clock = new VirtualClock(this.recorder);
	readonly stdout: string[] = [];
	stderr = '';
	readonly host: AsyncioHost;
	readonly runtime: AsyncioRuntime;

	constructor() {
		this.recorder.step('statement', 1, 1, 'program starts');
		const program = this;
		this.host = {
			recorder: this.recorder,
			clock: this.clock,
			fileName: '/tmp/fake.py',
			none: null,
			makeException: (type: AsyncioExceptionType, message?: string) => new FakeException(type, message ?? ''),
			makeCancelledError: (message?: PyObject) => new FakeException('CancelledError', message === undefined || message === null ? '' : String(message)),
			makeExceptionGroup: (message: string, exceptions: readonly PyObject[]) =>
				new FakeException('ExceptionGroup', `${message} (${exceptions.length} sub-exception${exceptions.length === 1 ? '' : 's'})`, exceptions as FakeException[]),
			setCause: (exception, cause) => {
				(exception as FakeException).cause = cause as FakeException;
			},
			setContext: (exception, context) => {
				(exception as FakeException).context = context as FakeException;
			},
			isInstance: (exception, type) => isa(exception, type),
			isExactly: (exception, type) => exception instanceof FakeException && exception.type === type,
			isBaseOnly: exception => isa(exception, 'KeyboardInterrupt') || isa(exception, 'SystemExit'),
			bool: value => value,
			list: items => [...items],
			tuple: items => [...items],
			set: items => new Set(items),
			wrapFuture: (future: Future) => future,
			call: (callable, args) => (callable as (...a: unknown[]) => unknown)(...args),
			truthy: value => Boolean(value),
			lessThan: (a, b) => (a as number) < (b as number),
			repr: value => pyRepr(value),
			formatException: exception => `Traceback (most recent call last):\n${String(exception)}\n`,
			writeStderr: text => {
				program.stderr += text;
				program.recorder.write('stderr', text);
			},
			runInWorker: (callable, args): WorkerOutcome => {
				const work = callable as (...a: unknown[]) => {value: unknown; cost: number};
				const {value, cost} = work(...args);
				return {value, cost};
			},
		};
		this.runtime = new AsyncioRuntime(this.host);
	}

	print(...parts: unknown[]): void {
		const line = parts.map(pyStr).join(' ');
		this.stdout.push(line);
		this.recorder.write('stdout', `${line}\n`);
	}

	/**
	 * `name(args)` as a coroutine object, from a generator function body. With `definitionLine`, it
	 * describes itself as CPython's coroutine repr does for a `python3 -c` program.
	 */
	coro(label: string, body: () => AsyncioGenerator, definitionLine = 0): TaskCoroutine {
		const native = new NativeCoroutine(this.host, body(), label, label.replace(/\(.*$/, ''));
		if (definitionLine === 0) return native;
		const name = label.replace(/\(.*$/, '');
		let done = false;
		const track = (step: CoroutineStep): CoroutineStep => {
			if (step.kind === 'return' || step.kind === 'raise') done = true;
			return step;
		};
		return {
			label,
			definitionLine,
			currentLine: definitionLine,
			send: value => track(native.send(value)),
			throw: exception => track(native.throw(exception)),
			close: () => {
				done = true;
				native.close();
			},
			formatRepr: () => (done ? `${name}() done, defined at <string>:${definitionLine}` : `${name}() running at <string>:${definitionLine}`),
		};
	}

	/** `await aw` inside a fake coroutine body. */
	await(aw: Future | TaskCoroutine): AsyncioGenerator {
		return awaitable(this.runtime, aw);
	}

	/** `async with cm: body()` inside a fake coroutine body: the body's exception goes to `__aexit__`. */
	*asyncWith(cm: AsyncContextManager, body: () => AsyncioGenerator<unknown>): AsyncioGenerator<void> {
		yield* this.await(cm.__aenter__());
		let exc: unknown;
		try {
			yield* body();
		} catch (error) {
			exc = caught(error);
		}
		yield* this.await(cm.__aexit__(exc));
		if (exc !== undefined) this.raise(exc as FakeException);
	}

	/** `raise exception` inside a fake coroutine body. */
	raise(exception: FakeException): never {
		throw new PythonRaise(exception);
	}

	/** Runs `fn`, returning the Python exception it raised (or undefined). */
	raised(fn: () => void): FakeException | undefined {
		try {
			fn();
			return undefined;
		} catch (error) {
			return caught(error) as FakeException;
		}
	}
}

export {PythonRaise};

const pythonAvailable = (() => {
	try {
		execFileSync('python3', ['--version']);
		return true;
	} catch {
		return false;
	}
})();

/** Runs a program with the real CPython and returns its stdout lines (undefined without python3). */
export function cpython(source: string): string[] | undefined {
	if (!pythonAvailable) return undefined;
	const out = execFileSync('python3', ['-'], {input: source, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024});
	return out.split('\n').filter((line, index, all) => index < all.length - 1 || line !== '');
}

export const hasPython = pythonAvailable;
