import type {AwaitExpression, MetaProperty, YieldExpression} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator, SuspendableEvaluator} from '../compiler/compiled.js';
import {Suspension} from '../runtime/suspension.js';
import {ThrowCompletion} from '../runtime/throw-completion.js';
import {JSObject} from '../values/js-object.js';
import {getIterator, iteratorNext} from '../values/iterator-operations.js';
import {call, get, getMethod} from '../values/object-operations.js';
import {toBoolean} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {throwTypeError} from '../runtime/errors.js';
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
		let received: Value = undefined;
		let mode: 'next' | 'throw' = 'next';
		for (;;) {
			let result: Value;
			if (mode === 'throw') {
				const throwMethod = getMethod(record.iterator, 'throw');
				if (!throwMethod) throwTypeError('The iterator does not provide a \'throw\' method');
				result = call(throwMethod, record.iterator, [received]);
			} else {
				result = iteratorNext(record, received);
			}
			if (asyncMethod) result = yield new Suspension('await', result, line);
			if (!(result instanceof JSObject)) throwTypeError(`Iterator result ${String(result)} is not an object`);
			if (toBoolean(get(result, 'done'))) return get(result, 'value');
			try {
				received = yield new Suspension('yield', get(result, 'value'), line);
				mode = 'next';
			} catch (error) {
				if (!(error instanceof ThrowCompletion)) throw error;
				received = error.value;
				mode = 'throw';
			}
		}
	};
}

/** `new.target` (§13.3.12.1). */
export function compileMetaProperty(c: Compiler, node: MetaProperty): Evaluator {
	if (node.meta.name !== 'new') c.unsupported(node, 'import.meta');
	const slots = functionSlots(c);
	return env => readSlot(slots.environment(env), slots.newTargetSlot);
}
