import type {Coroutine, CoroutineStep} from '../asyncio/host.js';
import {callObject} from '../runtime/call.js';
import {generatorExit, runtimeError, typeError} from '../runtime/exception-types.js';
import {getIterator, type PyIteratorObject} from '../runtime/iteration.js';
import {PyFuture} from '../runtime/py-future.js';
import {PyExceptionObject} from '../runtime/py-instance.js';
import {PyNativeCoroutine} from '../runtime/py-native-coroutine.js';
import {PyObject, type PyValue} from '../runtime/py-object.js';
import {raise} from '../runtime/raise.js';
import {typeOf} from '../runtime/type-of.js';
import {classifyYield, PyCoroutine, PyGenerator} from './generators.js';
import type {Interpreter} from './interpreter.js';

/** What `await x` drives: a coroutine, a Future's `__await__`, or an object's `__await__()` iterator. */
function awaitableOf(interp: Interpreter, value: PyValue): Coroutine {
	if (value instanceof PyCoroutine) return value;
	if (value instanceof PyNativeCoroutine) return value.coro;
	if (value instanceof PyFuture) {
		if (!interp.asyncioRuntime) return raise(runtimeError, 'await on a Future outside asyncio');
		return interp.awaitFuture(value.future);
	}
	if (value instanceof PyObject) {
		const method = typeOf(value).lookup('__await__');
		if (method !== undefined) {
			const iterator = callObject(method, [value]);
			if (iterator instanceof PyCoroutine) return raise(typeError, '__await__() returned a coroutine');
			return iteratorCoroutine(getIterator(iterator));
		}
	}
	return raise(typeError, `object ${typeOf(value).name} can't be used in 'await' expression`);
}

/** An `__await__` iterator seen as a coroutine (generator-based awaitables). */
function iteratorCoroutine(iterator: PyIteratorObject): Coroutine {
	const step = (run: () => {done: boolean; value: PyValue}): CoroutineStep => {
		try {
			const result = run();
			return result.done ? {kind: 'return', value: result.value} : classifyYield(result.value);
		} catch (error) {
			if (error instanceof PyExceptionObject) return {kind: 'raise', exception: error};
			throw error;
		}
	};
	return {
		send: value =>
			step(() => {
				if (iterator instanceof PyGenerator) return iterator.step(false, value as PyValue);
				const next = iterator.nextValue();
				return next === undefined ? {done: true, value: null} : {done: false, value: next};
			}),
		throw: exception =>
			step(() => {
				if (iterator instanceof PyGenerator) return iterator.step(true, exception as PyValue);
				throw exception;
			}),
		close: () => {
			if (iterator instanceof PyGenerator) iterator.core.close();
		},
	};
}

/**
 * `await value` inside a compiled coroutine body: delegate to the awaitable as `yield from` does.
 * Every Future it yields goes up unchanged to the Task; what the Task sends or throws comes back down.
 */
export function* awaitValue(interp: Interpreter, value: PyValue): Generator<PyValue, PyValue, PyValue> {
	const co = awaitableOf(interp, value);
	let step = co.send(null);
	for (;;) {
		let yielded: PyValue;
		switch (step.kind) {
			case 'return':
				return step.value as PyValue;
			case 'raise':
				throw step.exception;
			case 'future':
				yielded = interp.wrapFuture(step.future);
				break;
			case 'bare':
				yielded = null;
				break;
			case 'other':
				step = co.throw(interp.newRuntimeError(`Task got bad yield: ${step.repr}`));
				continue;
		}
		let sent: PyValue;
		try {
			sent = yield yielded;
		} catch (error) {
			if (!(error instanceof PyExceptionObject)) throw error;
			if (error.type.isSubtypeOf(generatorExit)) {
				co.close();
				throw error;
			}
			step = co.throw(error);
			continue;
		}
		step = co.send(sent);
	}
}

/** `yield from iterable` in a generator: delegate, passing sends and throws through. */
export function* yieldFrom(value: PyValue): Generator<PyValue, PyValue, PyValue> {
	const iterator = getIterator(value);
	if (!(iterator instanceof PyGenerator)) {
		for (let item = iterator.nextValue(); item !== undefined; item = iterator.nextValue()) yield item;
		return null;
	}
	let result = iterator.step(false, null);
	while (!result.done) {
		let sent: PyValue;
		try {
			sent = yield result.value;
		} catch (error) {
			if (!(error instanceof PyExceptionObject)) throw error;
			if (error.type.isSubtypeOf(generatorExit)) {
				iterator.core.close();
				throw error;
			}
			result = iterator.step(true, error);
			continue;
		}
		result = iterator.step(false, sent);
	}
	return result.value;
}
