import type {AsyncioExceptionType, AsyncioHost, PyException, PyObject, WorkerOutcome} from '../asyncio/host.js';
import {PythonRaise} from '../asyncio/host.js';
import type {Future} from '../asyncio/futures.js';
import {callObject} from '../runtime/call.js';
import * as errors from '../runtime/exception-types.js';
import {setFrom} from '../runtime/dict-ops.js';
import {PyList, PyTuple} from '../runtime/py-containers.js';
import {PyExceptionObject} from '../runtime/py-instance.js';
import type {PyValue} from '../runtime/py-object.js';
import type {PyType} from '../runtime/py-type.js';
import {newException} from '../runtime/raise.js';
import {repr} from '../runtime/repr.js';
import {truthy} from '../runtime/truthiness.js';
import {lessThan} from '../runtime/comparison.js';
import {asyncGeneratorStep} from '../interpreter/async-generator-steps.js';
import type {Interpreter} from '../interpreter/interpreter.js';
import {formatTraceback} from '../interpreter/traceback.js';

const exceptionTypes: Record<AsyncioExceptionType, PyType> = {
	CancelledError: errors.cancelledError,
	InvalidStateError: errors.invalidStateError,
	TimeoutError: errors.timeoutError,
	QueueEmpty: errors.queueEmpty,
	QueueFull: errors.queueFull,
	RuntimeError: errors.runtimeError,
	ValueError: errors.valueError,
	TypeError: errors.typeError,
};

/** The interpreter's side of the asyncio adapter (see asyncio/host.ts). */
export function asyncioHost(interp: Interpreter): AsyncioHost {
	const asException = (value: PyException) => value as PyExceptionObject;
	return {
		recorder: interp.recorder,
		clock: interp.clock,
		fileName: interp.fileName,
		none: null,
		makeException: (type, message) => (message === undefined ? newException(exceptionTypes[type]) : newException(exceptionTypes[type], message)),
		makeCancelledError: message => (message === undefined || message === null ? newException(errors.cancelledError) : newException(errors.cancelledError, message as PyValue)),
		makeExceptionGroup: (message, exceptions) => {
			const allExceptions = exceptions.every(exception => asException(exception).type.isSubtypeOf(errors.exception));
			return newException(allExceptions ? errors.exceptionGroup : errors.baseExceptionGroup, message, new PyList([...exceptions] as PyValue[]));
		},
		setCause: (exception, cause) => {
			asException(exception).cause = asException(cause);
			asException(exception).suppressContext = true;
		},
		setContext: (exception, context) => {
			asException(exception).context = asException(context);
		},
		isInstance: (exception, type) => exception instanceof PyExceptionObject && exception.type.isSubtypeOf(exceptionTypes[type]),
		isExactly: (exception, type) => exception instanceof PyExceptionObject && exception.type === exceptionTypes[type],
		isBaseOnly: exception => exception instanceof PyExceptionObject && (exception.type.isSubtypeOf(errors.systemExit) || exception.type.isSubtypeOf(errors.keyboardInterrupt)),
		bool: value => value,
		list: items => new PyList([...items] as PyValue[]),
		tuple: items => new PyTuple([...items] as PyValue[]),
		set: items => setFrom(items as PyValue[]),
		wrapFuture: (future: Future) => interp.wrapFuture(future),
		call: (callable: PyObject, args: readonly PyObject[]) => {
			try {
				return callObject(callable as PyValue, [...args] as PyValue[]);
			} catch (error) {
				if (error instanceof PyExceptionObject) throw new PythonRaise(error);
				throw error;
			}
		},
		truthy: value => truthy(value as PyValue),
		lessThan: (a, b) => {
			try {
				return lessThan(a as PyValue, b as PyValue);
			} catch (error) {
				if (error instanceof PyExceptionObject) throw new PythonRaise(error);
				throw error;
			}
		},
		unfinishedAsyncGenerators: () =>
			[...interp.asyncGenerators]
				.filter(agen => agen.core.state !== 'closed')
				.map(agen => ({aclose: () => asyncGeneratorStep(agen, {kind: 'close'}), repr: agen.describe()})),
		repr: value => repr(value as PyValue),
		formatException: exception => formatTraceback(interp, asException(exception)),
		writeStderr: text => interp.write('stderr', text, interp.line),
		runInWorker: (callable: PyObject, args: readonly PyObject[]): WorkerOutcome => {
			const saved = interp.workerCost;
			interp.workerCost = 0;
			try {
				const value = callObject(callable as PyValue, [...args] as PyValue[]);
				return {value, cost: interp.workerCost};
			} catch (error) {
				if (error instanceof PyExceptionObject) return {exception: error, cost: interp.workerCost ?? 0};
				throw error;
			} finally {
				interp.workerCost = saved;
			}
		},
	};
}
