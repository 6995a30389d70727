import {objectType} from './builtin-types.js';
import {PyType} from './py-type.js';

function define(name: string, base: PyType, module = 'builtins'): PyType {
	const type = new PyType(name, [base], true);
	type.module = module;
	return type;
}

/** CPython's builtin exception hierarchy (Objects/exceptions.c), the part programs meet. */
export const baseException = new PyType('BaseException', [objectType], true);
export const systemExit = define('SystemExit', baseException);
export const keyboardInterrupt = define('KeyboardInterrupt', baseException);
export const generatorExit = define('GeneratorExit', baseException);
export const exception = define('Exception', baseException);
export const stopIteration = define('StopIteration', exception);
export const stopAsyncIteration = define('StopAsyncIteration', exception);
export const arithmeticError = define('ArithmeticError', exception);
export const zeroDivisionError = define('ZeroDivisionError', arithmeticError);
export const overflowError = define('OverflowError', arithmeticError);
export const assertionError = define('AssertionError', exception);
export const attributeError = define('AttributeError', exception);
export const lookupError = define('LookupError', exception);
export const indexError = define('IndexError', lookupError);
export const keyError = define('KeyError', lookupError);
export const nameError = define('NameError', exception);
export const unboundLocalError = define('UnboundLocalError', nameError);
export const runtimeError = define('RuntimeError', exception);
export const recursionError = define('RecursionError', runtimeError);
export const notImplementedError = define('NotImplementedError', runtimeError);
export const typeError = define('TypeError', exception);
export const valueError = define('ValueError', exception);
export const unicodeError = define('UnicodeError', valueError);
export const importError = define('ImportError', exception);
export const moduleNotFoundError = define('ModuleNotFoundError', importError);
export const osError = define('OSError', exception);
export const fileNotFoundError = define('FileNotFoundError', osError);
export const timeoutError = define('TimeoutError', osError);
export const connectionError = define('ConnectionError', osError);
export const memoryError = define('MemoryError', exception);
export const eofError = define('EOFError', exception);
export const warning = define('Warning', exception);
export const userWarning = define('UserWarning', warning);
export const deprecationWarning = define('DeprecationWarning', warning);
export const runtimeWarning = define('RuntimeWarning', warning);
export const baseExceptionGroup = define('BaseExceptionGroup', baseException);
export const exceptionGroup = new PyType('ExceptionGroup', [baseExceptionGroup, exception], true);

/** asyncio's own (Lib/asyncio/exceptions.py, queues.py); `asyncio.TimeoutError` is the builtin since 3.11. */
export const cancelledError = define('CancelledError', baseException, 'asyncio.exceptions');
export const invalidStateError = define('InvalidStateError', exception, 'asyncio.exceptions');
export const queueEmpty = define('QueueEmpty', exception, 'asyncio.queues');
export const queueFull = define('QueueFull', exception, 'asyncio.queues');

export const builtinExceptions: readonly PyType[] = [
	baseException,
	systemExit,
	keyboardInterrupt,
	generatorExit,
	exception,
	stopIteration,
	stopAsyncIteration,
	arithmeticError,
	zeroDivisionError,
	overflowError,
	assertionError,
	attributeError,
	lookupError,
	indexError,
	keyError,
	nameError,
	unboundLocalError,
	runtimeError,
	recursionError,
	notImplementedError,
	typeError,
	valueError,
	unicodeError,
	importError,
	moduleNotFoundError,
	osError,
	fileNotFoundError,
	timeoutError,
	connectionError,
	memoryError,
	eofError,
	warning,
	userWarning,
	deprecationWarning,
	runtimeWarning,
	baseExceptionGroup,
	exceptionGroup,
];
