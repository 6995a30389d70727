import type {CoroutineStep, TaskCoroutine} from '../asyncio/host.js';
import {asyncGeneratorType, coroutineType, generatorType} from '../runtime/builtin-types.js';
import {generatorExit, recursionError, runtimeError, stopIteration, valueError} from '../runtime/exception-types.js';
import {PyIteratorObject} from '../runtime/iteration.js';
import {addressOf} from '../runtime/object-ids.js';
import type {PyFunction} from '../runtime/py-callables.js';
import {PyFuture} from '../runtime/py-future.js';
import {PyExceptionObject} from '../runtime/py-instance.js';
import {PyObject, type PyValue} from '../runtime/py-object.js';
import type {PyType} from '../runtime/py-type.js';
import {newException, raise} from '../runtime/raise.js';
import {repr} from '../runtime/repr.js';
import {shortRepr} from './short-repr.js';
import type {Frame} from './frame.js';
import {annotate} from './function-code.js';
import {recursionLimit, type Interpreter} from './interpreter.js';

/** What a compiled generator or coroutine body yields, returns (a Completion) and receives. */
export type BodyGenerator = Generator<PyValue, number, PyValue>;

/** In an async generator body, `yield v` yields this box so `__anext__` can tell it from an await. */
export class AsyncGenYield extends PyObject {
	constructor(readonly value: PyValue) {
		super();
	}

	get cls(): PyType {
		return asyncGeneratorType;
	}
}

type ResumeResult = {readonly done: false; readonly value: PyValue} | {readonly done: true; readonly value: PyValue};

/**
 * The frame and suspended body shared by generators, coroutines and async generators
 * (CPython's `gi_frame` / `cr_frame` plus `gen_send_ex`).
 */
class Suspended {
	state: 'created' | 'suspended' | 'running' | 'closed' = 'created';

	constructor(
		readonly interp: Interpreter,
		readonly frame: Frame,
		readonly body: BodyGenerator,
		readonly fn: PyFunction,
		readonly kindName: string,
	) {}

	resume(throwing: boolean, value: PyValue): ResumeResult {
		if (this.state === 'running') raise(valueError, `${this.kindName} already executing`);
		if (this.state === 'closed') {
			if (throwing) throw value;
			if (this.kindName === 'coroutine') raise(runtimeError, 'cannot reuse already awaited coroutine');
			return {done: true, value: null};
		}
		const interp = this.interp;
		if (interp.depth >= recursionLimit) throw newException(recursionError, 'maximum recursion depth exceeded');
		const caller = interp.frame;
		const frame = this.frame;
		interp.frame = frame;
		interp.depth++;
		interp.recorder.pushFrame(frame.name, frame.line);
		this.state = 'running';
		try {
			const result = throwing ? this.body.throw(value) : this.body.next(value);
			if (result.done) {
				this.state = 'closed';
				return {done: true, value: frame.returnValue};
			}
			this.state = 'suspended';
			return {done: false, value: result.value};
		} catch (error) {
			this.state = 'closed';
			if (error instanceof PyExceptionObject && error.type.isSubtypeOf(stopIteration) && this.kindName !== 'generator expression') {
				const replaced = newException(runtimeError, `${this.kindName} raised StopIteration`);
				replaced.cause = error;
				replaced.context = error;
				throw annotate(replaced, frame);
			}
			throw annotate(error, frame);
		} finally {
			interp.depth--;
			interp.frame = caller;
			interp.recorder.popFrameLater();
		}
	}

	/** `close()`: GeneratorExit at the suspension point; yielding again is a RuntimeError. */
	close(): void {
		if (this.state === 'created') {
			this.state = 'closed';
			return;
		}
		if (this.state !== 'suspended') return;
		try {
			const result = this.resume(true, newException(generatorExit));
			if (!result.done) raise(runtimeError, `${this.kindName} ignored GeneratorExit`);
		} catch (error) {
			if (error instanceof PyExceptionObject && (error.type.isSubtypeOf(generatorExit) || error.type.isSubtypeOf(stopIteration))) return;
			throw error;
		}
	}
}

/** A generator object: what calling a function containing `yield` returns. */
export class PyGenerator extends PyIteratorObject {
	readonly core: Suspended;

	constructor(interp: Interpreter, frame: Frame, body: BodyGenerator, fn: PyFunction) {
		super();
		this.core = new Suspended(interp, frame, body, fn, fn.name.startsWith('<genexpr') ? 'generator expression' : 'generator');
	}

	get cls(): PyType {
		return generatorType;
	}

	nextValue(): PyValue | undefined {
		const result = this.core.resume(false, null);
		return result.done ? undefined : result.value;
	}

	/** `send(value)`: the next yielded value, or StopIteration carrying the return value. */
	send(value: PyValue): PyValue {
		const result = this.core.resume(false, value);
		if (result.done) throw stopIterationOf(result.value);
		return result.value;
	}

	throwIn(exception: PyExceptionObject): PyValue {
		const result = this.core.resume(true, exception);
		if (result.done) throw stopIterationOf(result.value);
		return result.value;
	}

	/** One step for `yield from`: the raw result, so the delegating generator sees the return value. */
	step(throwing: boolean, value: PyValue): ResumeResult {
		return this.core.resume(throwing, value);
	}

	describe(): string {
		return `<generator object ${this.core.fn.qualname} at ${addressOf(this)}>`;
	}
}

export function stopIterationOf(value: PyValue): PyExceptionObject {
	return value === null ? newException(stopIteration) : newException(stopIteration, value);
}

/** A coroutine object (`async def` called). It is the `TaskCoroutine` a Task drives. */
export class PyCoroutine extends PyObject implements TaskCoroutine {
	readonly core: Suspended;

	constructor(
		interp: Interpreter,
		frame: Frame,
		body: BodyGenerator,
		fn: PyFunction,
		private readonly args: readonly PyValue[],
	) {
		super();
		this.core = new Suspended(interp, frame, body, fn, 'coroutine');
	}

	get cls(): PyType {
		return coroutineType;
	}

	get label(): string {
		return `${this.core.fn.name}(${this.args.map(shortRepr).join(', ')})`;
	}

	get definitionLine(): number {
		return this.core.fn.code.line;
	}

	get currentLine(): number {
		return this.core.state === 'suspended' ? this.core.frame.line : this.definitionLine;
	}

	get done(): boolean {
		return this.core.state === 'closed';
	}

	send(value: PyValue): CoroutineStep {
		return this.classify(false, value);
	}

	throw(exception: unknown): CoroutineStep {
		return this.classify(true, exception as PyValue);
	}

	close(): void {
		this.core.close();
	}

	formatRepr(): string {
		const name = this.core.fn.qualname;
		const file = this.core.interp.fileName;
		if (this.core.state === 'closed') return `${name}() done, defined at ${file}:${this.definitionLine}`;
		return `${name}() running at ${file}:${this.currentLine}`;
	}

	describe(): string {
		return `<coroutine object ${this.core.fn.qualname} at ${addressOf(this)}>`;
	}

	private classify(throwing: boolean, value: PyValue): CoroutineStep {
		let result: ResumeResult;
		try {
			result = this.core.resume(throwing, value);
		} catch (error) {
			if (error instanceof PyExceptionObject) return {kind: 'raise', exception: error};
			throw error;
		}
		if (result.done) return {kind: 'return', value: result.value};
		return classifyYield(result.value);
	}
}

export function classifyYield(value: PyValue): CoroutineStep {
	if (value instanceof PyFuture) return {kind: 'future', future: value.future};
	if (value === null) return {kind: 'bare'};
	return {kind: 'other', repr: repr(value)};
}

/** An async generator object (`async def` with `yield`). */
export class PyAsyncGenerator extends PyObject {
	readonly core: Suspended;

	constructor(interp: Interpreter, frame: Frame, body: BodyGenerator, fn: PyFunction) {
		super();
		this.core = new Suspended(interp, frame, body, fn, 'async generator');
	}

	get cls(): PyType {
		return asyncGeneratorType;
	}

	get qualname(): string {
		return this.core.fn.qualname;
	}

	describe(): string {
		return `<async_generator object ${this.core.fn.qualname} at ${addressOf(this)}>`;
	}
}
