import type {CoroutineStep, TaskCoroutine} from '../asyncio/host.js';
import {generatorExit, runtimeError, stopAsyncIteration} from '../runtime/exception-types.js';
import {PyExceptionObject} from '../runtime/py-instance.js';
import type {PyValue} from '../runtime/py-object.js';
import {newException} from '../runtime/raise.js';
import {AsyncGenYield, classifyYield, type PyAsyncGenerator} from './generators.js';

type Mode = {readonly kind: 'next'; readonly value: PyValue} | {readonly kind: 'throw'; readonly exception: PyExceptionObject} | {readonly kind: 'close'};

/**
 * The awaitable `__anext__()` / `asend()` / `athrow()` / `aclose()` return (CPython's
 * `async_generator_asend` / `athrow`): it runs the generator until its next `yield` (the await's
 * value) while passing the futures it awaits on up to the task.
 */
export function asyncGeneratorStep(agen: PyAsyncGenerator, mode: Mode): TaskCoroutine {
	const core = agen.core;
	let started = false;
	const finish = (run: () => {done: boolean; value: PyValue}): CoroutineStep => {
		let result: {done: boolean; value: PyValue};
		try {
			result = run();
		} catch (error) {
			if (!(error instanceof PyExceptionObject)) throw error;
			if (mode.kind === 'close' && (error.type.isSubtypeOf(generatorExit) || error.type.isSubtypeOf(stopAsyncIteration))) return {kind: 'return', value: null};
			return {kind: 'raise', exception: error};
		}
		if (result.done) {
			if (mode.kind === 'close') return {kind: 'return', value: null};
			return {kind: 'raise', exception: newException(stopAsyncIteration)};
		}
		if (result.value instanceof AsyncGenYield) {
			if (mode.kind === 'close') return {kind: 'raise', exception: newException(runtimeError, 'async generator ignored GeneratorExit')};
			return {kind: 'return', value: result.value.value};
		}
		return classifyYield(result.value);
	};
	return {
		label: `${agen.qualname}.__anext__()`,
		definitionLine: core.fn.code.line,
		get currentLine() {
			return core.frame.line;
		},
		formatRepr: () => `${agen.qualname}() running`,
		send: value =>
			finish(() => {
				if (started) return core.resume(false, value as PyValue);
				started = true;
				if (mode.kind !== 'close') core.interp.asyncGenerators.add(agen);
				if (core.state === 'closed') {
					if (mode.kind === 'close') return {done: true, value: null};
					throw newException(stopAsyncIteration);
				}
				if (mode.kind === 'close') {
					if (core.state === 'created') {
						core.state = 'closed';
						return {done: true, value: null};
					}
					return core.resume(true, newException(generatorExit));
				}
				if (mode.kind === 'throw') return core.resume(true, mode.exception);
				return core.resume(false, mode.value);
			}),
		throw: exception => finish(() => core.resume(true, exception as PyValue)),
		close: () => undefined,
	};
}

