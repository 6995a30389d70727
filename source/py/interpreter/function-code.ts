import type {FunctionScope, Located} from '../parse/ast.js';
import {recursionError} from '../runtime/exception-types.js';
import type {FunctionCode, PyFunction} from '../runtime/py-callables.js';
import {PyExceptionObject} from '../runtime/py-instance.js';
import {Cell, type Kwargs, type PyValue} from '../runtime/py-object.js';
import {newException} from '../runtime/raise.js';
import type {ParameterLayout} from './bind-arguments.js';
import {Frame} from './frame.js';
import {recursionLimit, type Interpreter} from './interpreter.js';
import {PyAsyncGenerator, PyCoroutine, PyGenerator, type BodyGenerator} from './generators.js';
import {hostSizeLimit} from '../runtime/simulation-stop.js';

export type Exec = (f: Frame) => number;

/** A compiled `def`/`lambda`: binds arguments into a new frame and runs (or wraps) the body. */
export class UserFunctionCode implements FunctionCode {
	readonly parameterNames: readonly string[];
	private readonly callNarration: number;
	private readonly returnNarration: number;

	constructor(
		readonly interp: Interpreter,
		readonly name: string,
		readonly line: number,
		readonly kind: FunctionCode['kind'],
		private readonly scope: FunctionScope,
		private readonly layout: ParameterLayout,
		private readonly body: Exec | null,
		private readonly suspendingBody: ((f: Frame) => BodyGenerator) | null,
		/** False for lambdas: their body is one expression, not statements to step through. */
		readonly hasStatements: boolean,
	) {
		this.parameterNames = layout.parameterNames;
		const shown = name === '<lambda>' ? 'the lambda' : `${name}()`;
		this.callNarration = interp.recorder.intern(`Python calls ${shown}: a new frame goes on the call stack`);
		this.returnNarration = interp.recorder.intern(`${shown} returns; its frame leaves the stack`);
	}

	newFrame(fn: PyFunction, args: PyValue[], kwargs: Kwargs | null): Frame {
		const scope = this.scope;
		const cellCount = scope.cellNames.length;
		let cells: Cell[];
		if (cellCount === 0) cells = fn.closure as Cell[];
		else {
			cells = new Array<Cell>(cellCount + fn.closure.length);
			for (let index = 0; index < cellCount; index++) cells[index] = new Cell(undefined);
			for (let index = 0; index < fn.closure.length; index++) cells[cellCount + index] = fn.closure[index]!;
		}
		const frame = new Frame(this.name, new Array(scope.locals.length), cells, fn.globals, null, fn);
		frame.line = this.line;
		this.layout.bind(frame, fn, args, kwargs);
		return frame;
	}

	invoke(fn: PyFunction, args: PyValue[], kwargs: Kwargs | null): PyValue {
		const frame = this.newFrame(fn, args, kwargs);
		switch (this.kind) {
			case 'generator':
				return new PyGenerator(this.interp, frame, this.suspendingBody!(frame), fn);
			case 'coroutine':
				return new PyCoroutine(this.interp, frame, this.suspendingBody!(frame), fn, args);
			case 'asyncGenerator':
				return new PyAsyncGenerator(this.interp, frame, this.suspendingBody!(frame), fn);
		}
		return this.run(frame);
	}

	private run(frame: Frame): PyValue {
		const interp = this.interp;
		const recorder = interp.recorder;
		if (interp.depth >= recursionLimit) throw newException(recursionError, 'maximum recursion depth exceeded');
		const caller = interp.frame;
		recorder.step('call', caller ? caller.line : this.line, 0, this.callNarration);
		recorder.pushFrame(this.name, this.line);
		interp.depth++;
		interp.frame = frame;
		try {
			this.body!(frame);
			recorder.step('return', frame.line, 0, this.returnNarration);
			return frame.returnValue;
		} catch (error) {
			throw annotate(error, frame);
		} finally {
			interp.depth--;
			interp.frame = caller;
			recorder.popFrame();
		}
	}
}

/**
 * Records that an exception passes through `frame`, at the line running now: the first time a
 * handler, `finally`, `with` or the frame's end sees it (ceval.c `PyTraceBack_Here`). Later lines
 * the frame runs (a `finally` block) do not move it.
 */
export function addTracebackEntry(exception: PyExceptionObject, frame: Frame): void {
	if (exception.traceback.at(-1)?.frame === frame) return;
	const span = exception.spanFrame === frame ? exception.pendingSpan : undefined;
	exception.pendingSpan = undefined;
	exception.spanFrame = undefined;
	// CPython's line is the failing instruction's own (the inner line of a call spread over several).
	exception.traceback.push({name: frame.name, line: span?.line ?? frame.line, frame, span});
}

/** Notes the innermost expression an exception leaves in `frame` (the first one wins), for its traceback entry. */
export function markSpan(error: unknown, frame: Frame, node: Located): unknown {
	if (error instanceof PyExceptionObject && error.spanFrame !== frame) {
		error.spanFrame = frame;
		error.pendingSpan = node;
	}
	return error;
}

/**
 * Adds the frame to a Python exception's traceback as it leaves the frame; turns a host stack
 * overflow into the RecursionError CPython would raise, and a host size limit into a stop.
 */
export function annotate(error: unknown, frame: Frame): unknown {
	if (error instanceof PyExceptionObject) {
		addTracebackEntry(error, frame);
		return error;
	}
	if (error instanceof RangeError && error.message === 'Maximum call stack size exceeded') {
		const recursion = newException(recursionError, 'maximum recursion depth exceeded');
		addTracebackEntry(recursion, frame);
		return recursion;
	}
	return hostSizeLimit(error) ?? error;
}
