import type {Future} from '../asyncio/futures.js';
import {PythonRaise, type TaskCoroutine} from '../asyncio/host.js';
import {typeError} from '../runtime/exception-types.js';
import {PyFuture} from '../runtime/py-future.js';
import {PyNativeCoroutine} from '../runtime/py-native-coroutine.js';
import {PyFloat, type PyValue} from '../runtime/py-object.js';
import {raise} from '../runtime/raise.js';
import {typeOf} from '../runtime/type-of.js';
import {PyCoroutine} from '../interpreter/generators.js';

/** Runs loop-model code, turning its PythonRaise back into a Python raise. */
export function pythonCall<T>(body: () => T): T {
	try {
		return body();
	} catch (error) {
		if (error instanceof PythonRaise) throw error.exception;
		throw error;
	}
}

/** A future or coroutine argument (`gather`, `wait_for`, `shield`). */
export function awaitableArgument(value: PyValue): Future | TaskCoroutine {
	if (value instanceof PyFuture) return value.future;
	if (value instanceof PyCoroutine) return value;
	if (value instanceof PyNativeCoroutine) return value.coro;
	return raise(typeError, 'An asyncio.Future, a coroutine or an awaitable is required');
}

/** A coroutine argument (`run`, `create_task`). */
export function coroutineArgument(value: PyValue): TaskCoroutine {
	if (value instanceof PyCoroutine) return value;
	if (value instanceof PyNativeCoroutine) return value.coro;
	return raise(typeError, `a coroutine was expected, got ${value instanceof PyFuture ? value.future.repr() : typeOf(value).name === 'str' ? JSON.stringify(value) : typeOf(value).name}`);
}

/** A delay in seconds from an int or float. */
export function seconds(value: PyValue | undefined): number {
	if (value === undefined || value === null) return 0;
	if (value instanceof PyFloat) return value.value;
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return Number(value);
	return raise(typeError, `'${typeOf(value).name}' object cannot be interpreted as a number`);
}

export function optionalSeconds(value: PyValue | undefined): number | undefined {
	return value === undefined || value === null ? undefined : seconds(value);
}

/** How a delay reads in a label: `sleep(1)`, `sleep(0.5)`. */
export function formatDelay(value: PyValue | undefined): string {
	if (value === undefined) return '';
	if (value instanceof PyFloat) return String(value.value);
	return String(value);
}

/**
 * The leading positional arguments an asyncio function requires, in CPython's words when one is
 * missing: `BaseEventLoop.call_later() missing 1 required positional argument: 'callback'`.
 */
export function requiredArguments(callee: string, args: readonly PyValue[], names: readonly string[]): PyValue[] {
	const missing = names.slice(args.length);
	if (missing.length === 1) raise(typeError, `${callee}() missing 1 required positional argument: '${missing[0]}'`);
	if (missing.length > 1) {
		const quoted = missing.map(name => `'${name}'`);
		raise(typeError, `${callee}() missing ${missing.length} required positional arguments: ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`);
	}
	return args.slice(0, names.length);
}
