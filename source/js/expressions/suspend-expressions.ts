import type {AwaitExpression, MetaProperty, YieldExpression} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator, SuspendableEvaluator} from '../compiler/compiled.js';
import {ReturnRequest, Suspension} from '../runtime/suspension.js';
import {ThrowCompletion} from '../runtime/throw-completion.js';
import {JSObject} from '../values/js-object.js';
import {asyncFromSyncIteratorContinuation} from '../values/promise/async-from-sync-iterator.js';
import {getIterator, iteratorNext} from '../values/iterator-operations.js';
import {call, get, getMethod} from '../values/object-operations.js';
import {toBoolean} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {throwTypeError} from '../runtime/errors.js';
import {importMeta} from '../builtins/modules/import-meta.js';
import {functionSlots, readSlot} from './function-context.js';

/** AwaitExpression (§15.8.5): the driver performs Await (§27.7.5.3) and resumes with the value. */
export function compileAwaitExpression(c: Compiler, node: AwaitExpression): SuspendableEvaluator {
	const argument = c.suspendableExpression(node.argument);
	const line = c.line(node);
	return function* (env) {
		const value = yield* argument(env);
		return yield new Suspension('await', value, line);
	};
}

/** YieldExpression (§15.5.5), including `yield*` delegation (sync and async generators). */
export function compileYieldExpression(c: Compiler, node: YieldExpression): SuspendableEvaluator {
	const argument = node.argument ? c.suspendableExpression(node.argument) : undefined;
	const line = c.line(node);
	if (!node.delegate) {
		return function* (env) {
			const value = argument ? yield* argument(env) : undefined;
			return yield new Suspension('yield', value, line);
		};
	}
	const isAsync = c.fn.isAsync;
	return function* (env) {
		const iterable = yield* argument!(env);
		const asyncMethod = isAsync && iterable instanceof JSObject ? getMethod(iterable, Symbol.asyncIterator) : undefined;
		const asyncIterator = asyncMethod ? (call(asyncMethod, iterable, []) as JSObject) : undefined;
		const record = asyncIterator ? {iterator: asyncIterator, nextMethod: get(asyncIterator, 'next'), done: false} : getIterator(iterable);
		// An async generator awaits what the inner iterator's methods return (§15.5.5 steps 7.a.iii, 7.b.ii.3,
		// 7.c.v); a sync iterator's results go through CreateAsyncFromSyncIterator first, which awaits their values.
		const fromSync = isAsync && !asyncMethod;
		const awaitIfAsync = function* (result: Value): Generator<Suspension, Value, Value> {
			if (!isAsync) return result;
			return yield new Suspension('await', fromSync ? asyncFromSyncIteratorContinuation(result) : result, line);
		};
		let received: Value = undefined;
		let mode: 'next' | 'throw' | 'return' = 'next';
		for (;;) {
			let result: Value;
			if (mode === 'throw') {
				const throwMethod = getMethod(record.iterator, 'throw');
				if (!throwMethod) throwTypeError('The iterator does not provide a \'throw\' method');
				result = yield* awaitIfAsync(call(throwMethod, record.iterator, [received]));
			} else if (mode === 'return') {
				const returnMethod = getMethod(record.iterator, 'return');
				if (!returnMethod) return yield new Suspension('return', isAsync ? yield new Suspension('await', received, line) : received, line);
				result = yield* awaitIfAsync(call(returnMethod, record.iterator, [received]));
			} else {
				result = yield* awaitIfAsync(iteratorNext(record, received));
			}
			if (!(result instanceof JSObject)) throwTypeError(`Iterator result ${String(result)} is not an object`);
			if (toBoolean(get(result, 'done'))) {
				const value = get(result, 'value');
				// V8 (Node 20) returns the inner return value without awaiting it once more.
				return mode === 'return' ? yield new Suspension('return', value, line) : value;
			}
			try {
				received = yield new Suspension('yield', get(result, 'value'), line, true);
				mode = received instanceof ReturnRequest ? 'return' : 'next';
				if (received instanceof ReturnRequest) received = received.value;
			} catch (error) {
				if (!(error instanceof ThrowCompletion)) throw error;
				received = error.value;
				mode = 'throw';
			}
		}
	};
}

/** `new.target` (§13.3.12.1) and `import.meta` (§13.3.12.1, made by the host as Node makes it). */
export function compileMetaProperty(c: Compiler, node: MetaProperty): Evaluator {
	if (node.meta.name === 'import') return () => importMeta();
	const slots = functionSlots(c);
	return env => readSlot(slots.environment(env), slots.newTargetSlot);
}
