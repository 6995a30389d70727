import {SourceError, StepLimitError, type Outcome, type Plan, type ProgramInput, type SimulateOptions} from '../plan/index.js';
import {VirtualClock} from './asyncio/virtual-clock.js';
import {asyncioQueues} from './asyncio/queue-info.js';
import {EventLoopBlockedForever} from './asyncio/base-events.js';
import {installBuiltins} from './builtins/builtins-module.js';
import {analyzeScopes} from './interpreter/scope-analysis.js';
import {compileBlock} from './interpreter/compile-statement.js';
import type {CompileScope} from './interpreter/compile-scope.js';
import {Frame} from './interpreter/frame.js';
import {FrameRecorder} from './interpreter/frame-recorder.js';
import {Interpreter} from './interpreter/interpreter.js';
import {NotAvailable} from './interpreter/not-available.js';
import {formatTraceback} from './interpreter/traceback.js';
import {installModules} from './modules/install-modules.js';
import {lowerModule} from './parse/lower-statements.js';
import {parseTree} from './parse/parse-tree.js';
import {tooDeeplyNested, type NestingError} from './parse/nesting-limit.js';
import {reportSyntaxErrors} from './parse/syntax-errors.js';
import {reportIndentationErrors} from './parse/indentation-errors.js';
import {recursionError, systemExit} from './runtime/exception-types.js';
import {PyExceptionObject} from './runtime/py-instance.js';
import {newException} from './runtime/raise.js';
import {str} from './runtime/repr.js';
import {hostSizeLimit, SimulationStop} from './runtime/simulation-stop.js';
import {resetIntMaxStrDigits} from './runtime/int-str-digits.js';
import {addTracebackEntry} from './interpreter/function-code.js';

/** asyncio's queues, in the order the UI shows them (the loop model names them). */
const queues = asyncioQueues;

/** Parses, lowers and compiles a Python program, then runs it once, recording every step. */
export function simulatePython(input: ProgramInput, options: SimulateOptions): Plan {
	resetIntMaxStrDigits();
	const tooDeep = tooDeeplyNested(input.source);
	const root = parseTree(input.source);
	const reportParseErrors = (): void => {
		if (root.hasError) reportIndentationErrors(input.source);
		reportSyntaxErrors(root, input.source);
		reportIndentationErrors(input.source);
	};
	if (tooDeep) refuseTooDeep(tooDeep, reportParseErrors);
	reportParseErrors();
	const module = lowerModule(root);
	analyzeScopes(module);
	const recorder = new FrameRecorder({language: 'python', file: input.file, source: input.source, clockUnit: 's', queues}, {maxSteps: options.maxSteps});
	const interp = new Interpreter(recorder, new VirtualClock(recorder), input.file, input.source);
	installBuiltins(interp);
	installModules(interp);
	const scope: CompileScope = {interp, scope: module.scope!, name: '<module>', qualname: '', isAsync: false, suspendable: false, firstParameter: undefined};
	const body = compileBlock(module.body, scope);
	const globals = interp.globals;
	globals.set('__name__', '__main__');
	globals.set('__file__', input.file);
	const frame = new Frame('<module>', [], [], globals, null, null);
	frame.line = 1;
	interp.frame = frame;
	const outcome = run(interp, () => {
		recorder.step('call', 0, 0, 'Python starts running the module top to bottom');
		recorder.pushFrame('<module>', 1);
		body(frame);
	}, frame);
	return recorder.finish(outcome, outcome.exitCode === 0 ? 'The module finished, so the program exits' : 'The program ends with an error');
}

/** CPython's tokenizer stops at too deep a nesting, unless the parser met an error before it. */
function refuseTooDeep(at: NestingError, reportParseErrors: () => void): never {
	try {
		reportParseErrors();
	} catch (error) {
		if (error instanceof SourceError && (error.line < at.line || (error.line === at.line && error.column < at.column))) throw error;
		// A later error, or the host stack giving out on the deep tree: the nesting error comes first.
	}
	throw new SourceError('SyntaxError', at.message, at.line, at.column);
}

function run(interp: Interpreter, main: () => void, frame: Frame): Outcome {
	try {
		main();
		interp.atExit();
		return {exitCode: 0};
	} catch (error) {
		return failure(interp, error, frame);
	}
}

function failure(interp: Interpreter, error: unknown, frame: Frame): Outcome {
	if (error instanceof StepLimitError) return {exitCode: 1, stopped: {reason: 'max-steps', message: error.message}};
	if (error instanceof NotAvailable) {
		safeStep(interp, error.line);
		return {exitCode: 1, stopped: {reason: 'unsupported', message: error.message, line: error.line}};
	}
	if (error instanceof EventLoopBlockedForever) {
		safeStep(interp, 0);
		return {exitCode: 1, stopped: {reason: 'deadlock', message: error.message}};
	}
	const stop = error instanceof SimulationStop ? error : hostSizeLimit(error);
	if (stop) {
		safeStep(interp, interp.line);
		return {exitCode: 1, stopped: {reason: stop.reason, message: stop.message, line: interp.line || undefined}};
	}
	let exception: PyExceptionObject;
	if (error instanceof PyExceptionObject) exception = error;
	else if (error instanceof RangeError && error.message === 'Maximum call stack size exceeded') exception = newException(recursionError, 'maximum recursion depth exceeded');
	else {
		const detail = error instanceof Error ? error.message : String(error);
		return {exitCode: 1, stopped: {reason: 'internal', message: `internal error in the Python simulator: ${detail}`}};
	}
	addTracebackEntry(exception, frame);
	try {
		if (exception.type.isSubtypeOf(systemExit)) return {exitCode: exitCodeOf(interp, exception)};
		interp.recorder.step('error', frame.line, 0, `${exception.type.name} was not caught, so Python prints a traceback and exits with status 1`);
		interp.write('stderr', formatTraceback(interp, exception), frame.line);
		return {exitCode: 1};
	} catch (inner) {
		if (inner instanceof StepLimitError) return {exitCode: 1, stopped: {reason: 'max-steps', message: inner.message}};
		if (inner instanceof SimulationStop) return {exitCode: 1, stopped: {reason: inner.reason, message: inner.message}};
		throw inner;
	}
}

function safeStep(interp: Interpreter, line: number): void {
	try {
		interp.recorder.step('error', line, 0, 'The run cannot go on here, so loopstep stops it');
	} catch {
		// Past the step cap: the outcome still says why the run stopped.
	}
}

/** `sys.exit(code)`: an int is the status, None is 0, anything else is printed and gives 1. */
function exitCodeOf(interp: Interpreter, exception: PyExceptionObject): number {
	const code = exception.args.length === 0 ? null : exception.args[0]!;
	if (code === null) return 0;
	if (typeof code === 'number') return code & 0xff;
	if (typeof code === 'boolean') return Number(code);
	interp.write('stderr', `${str(code)}\n`, interp.line);
	return 1;
}
