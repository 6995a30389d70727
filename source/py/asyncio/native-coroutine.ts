import type {AsyncioGenerator} from './futures.js';
import {type AsyncioHost, type CoroutineStep, type PyException, type PyObject, PythonRaise, type TaskCoroutine} from './host.js';

const bareYield: CoroutineStep = {kind: 'bare'};

/**
 * An asyncio coroutine written in TypeScript (`sleep`, `Queue.get`, `Future.__await__` ...) seen
 * through the same `Coroutine` interface as a Python one, so a Task can wrap it and the interpreter
 * can `await` it. The generator yields a Future to wait on or `undefined` for a bare yield, and
 * throws `PythonRaise` where the Python original raises.
 */
export class NativeCoroutine implements TaskCoroutine {
	private state: 'created' | 'suspended' | 'running' | 'done' = 'created';

	constructor(
		private readonly host: AsyncioHost,
		private readonly generator: AsyncioGenerator,
		/** The call as a person reads it, e.g. `sleep(1)`. */
		readonly label: string,
		/** The function's name, for CPython's coroutine repr: `sleep`. */
		private readonly qualname: string,
	) {}

	readonly definitionLine = 0;

	get currentLine(): number {
		return 0;
	}

	send(value: PyObject): CoroutineStep {
		return this.resume(false, value);
	}

	throw(exception: PyException): CoroutineStep {
		if (this.state === 'created') {
			this.state = 'done';
			return {kind: 'raise', exception};
		}
		return this.resume(true, exception);
	}

	close(): void {
		if (this.state === 'done') return;
		this.state = 'done';
		this.generator.return(undefined);
	}

	formatRepr(): string {
		return this.state === 'done' ? `${this.qualname}() done` : `${this.qualname}() running`;
	}

	/** Sends `value` in, or throws it in as a Python exception when `raise` is set. */
	private resume(raise: boolean, value: PyObject): CoroutineStep {
		if (this.state === 'done') {
			return {kind: 'raise', exception: this.host.makeException('RuntimeError', 'cannot reuse already awaited coroutine')};
		}
		this.state = 'running';
		try {
			const result = raise ? this.generator.throw(new PythonRaise(value)) : this.generator.next(value);
			if (result.done) {
				this.state = 'done';
				return {kind: 'return', value: result.value};
			}
			this.state = 'suspended';
			return result.value === undefined ? bareYield : {kind: 'future', future: result.value};
		} catch (error) {
			this.state = 'done';
			if (error instanceof PythonRaise) return {kind: 'raise', exception: error.exception};
			throw error;
		}
	}
}
