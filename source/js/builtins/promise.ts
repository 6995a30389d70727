import {surroundingAgent} from '../runtime/agent.js';
import {createError, throwTypeError} from '../runtime/errors.js';
import {ThrowCompletion} from '../runtime/throw-completion.js';
import {JSFunction, NativeFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import {JSPromise, type PromiseCapability} from '../values/promise/js-promise.js';
import {
	createPromiseFromConstructor,
	createResolvingFunctions,
	newPromiseCapability,
	performPromiseThen,
	promiseResolve,
} from '../values/promise/promise-operations.js';
import {call, createArray, createPlainObject, get, speciesConstructor} from '../values/object-operations.js';
import {iterableToList} from '../values/iterator-operations.js';
import type {Value} from '../values/value.js';
import {arg, builtinFunction, defineConstructor, defineMethod, defineValue, plainObject} from './define.js';

function capabilityFunction(capability: PromiseCapability, which: 'resolve' | 'reject', label: string): NativeFunction {
	const fn = builtinFunction('', 1, (_this, args) => (capability[which](arg(args, 0)), undefined));
	fn.labelOverride = label;
	return fn;
}

/** IfAbruptRejectPromise (§27.2.1.1.1) around a combinator's body. */
function rejectOnThrow(capability: PromiseCapability, body: () => void): JSObject {
	try {
		body();
	} catch (error) {
		if (!(error instanceof ThrowCompletion)) throw error;
		capability.reject(error.value);
	}
	return capability.promise;
}

function invokeThen(promise: Value, onFulfilled: Value, onRejected: Value): Value {
	const then = promise instanceof JSObject ? get(promise, 'then') : undefined;
	return call(then, promise, [onFulfilled, onRejected]);
}

type Combinator = 'all' | 'allSettled' | 'any';

/** PerformPromiseAll / AllSettled / Any (§27.2.4.1.2, §27.2.4.2.1, §27.2.4.3.1). */
function performCombinator(kind: Combinator, constructor: Value, iterable: Value): JSObject {
	const capability = newPromiseCapability(constructor);
	return rejectOnThrow(capability, () => {
		const resolveMethod = get(constructor as JSObject, 'resolve');
		if (!(resolveMethod instanceof JSFunction)) throwTypeError('Promise resolve or reject function is not callable');
		const values: Value[] = [];
		let remaining = 1;
		const finish = (): void => {
			if (--remaining > 0) return;
			if (kind === 'any') {
				const error = createError('AggregateError', 'All promises were rejected');
				error.put('errors', createArray(values), 3);
				capability.reject(error);
			} else {
				capability.resolve(createArray(values));
			}
		};
		const items = iterableToList(iterable, true);
		items.forEach((item, index) => {
			values.push(undefined);
			const next = call(resolveMethod, constructor, [item]);
			remaining++;
			let alreadyCalled = false;
			const settle = (value: Value): void => {
				if (alreadyCalled) return;
				alreadyCalled = true;
				values[index] = value;
				finish();
			};
			const record = (status: 'fulfilled' | 'rejected') => (value: Value) => {
				const entry = createPlainObject();
				entry.put('status', status);
				entry.put(status === 'fulfilled' ? 'value' : 'reason', value);
				settle(entry);
			};
			let onFulfilled: NativeFunction;
			let onRejected: Value;
			if (kind === 'all') {
				onFulfilled = builtinFunction('', 1, (_this, args) => (settle(arg(args, 0)), undefined));
				onRejected = capabilityFunction(capability, 'reject', 'Promise.all: reject the combined promise');
			} else if (kind === 'allSettled') {
				onFulfilled = builtinFunction('', 1, (_this, args) => (record('fulfilled')(arg(args, 0)), undefined));
				const rejected = builtinFunction('', 1, (_this, args) => (record('rejected')(arg(args, 0)), undefined));
				rejected.labelOverride = `Promise.allSettled: element ${index} rejected`;
				onRejected = rejected;
			} else {
				onFulfilled = capabilityFunction(capability, 'resolve', 'Promise.any: resolve the combined promise');
				const rejected = builtinFunction('', 1, (_this, args) => (settle(arg(args, 0)), undefined));
				rejected.labelOverride = `Promise.any: element ${index} rejected`;
				onRejected = rejected;
			}
			if (kind !== 'any') onFulfilled.labelOverride = `Promise.${kind}: element ${index} fulfilled`;
			invokeThen(next, onFulfilled, onRejected);
		});
		finish();
	});
}

/** The Promise constructor and prototype (§27.2.3 – §27.2.5). */
export function installPromise(global: JSObject): void {
	const realm = surroundingAgent.realm;
	const proto = plainObject();
	realm.promisePrototype = proto;
	const Promise = defineConstructor(
		global,
		'Promise',
		1,
		(_this, args, newTarget) => {
			if (!newTarget) throwTypeError("Promise constructor cannot be invoked without 'new'");
			const executor = arg(args, 0);
			if (!(executor instanceof JSFunction)) throwTypeError(`Promise resolver ${executor instanceof JSObject ? '#<Object>' : String(executor)} is not a function`);
			const promise = createPromiseFromConstructor(newTarget);
			const resolving = createResolvingFunctions(promise);
			const resolveFunction = builtinFunction('', 1, (_self, a) => (resolving.resolve(arg(a, 0)), undefined));
			const rejectFunction = builtinFunction('', 1, (_self, a) => (resolving.reject(arg(a, 0)), undefined));
			try {
				executor.callAs(undefined, [resolveFunction, rejectFunction]);
			} catch (error) {
				if (!(error instanceof ThrowCompletion)) throw error;
				resolving.reject(error.value);
			}
			return promise;
		},
		proto,
	);
	realm.promiseConstructor = Promise;
	defineValue(proto, Symbol.toStringTag, 'Promise', 4);

	defineMethod(proto, 'then', 2, (self, args) => {
		if (!(self instanceof JSPromise)) throwTypeError(`Method Promise.prototype.then called on incompatible receiver ${String(self)}`);
		const constructor = speciesConstructor(self, Promise);
		const capability = newPromiseCapability(constructor);
		const onFulfilled = arg(args, 0);
		const onRejected = arg(args, 1);
		performPromiseThen(self, onFulfilled instanceof JSFunction ? onFulfilled : undefined, onRejected instanceof JSFunction ? onRejected : undefined, capability);
		return capability.promise;
	});
	defineMethod(proto, 'catch', 1, (self, args) => invokeThen(self, undefined, arg(args, 0)));
	defineMethod(proto, 'finally', 1, (self, args) => {
		if (!(self instanceof JSObject)) throwTypeError('Method Promise.prototype.finally called on incompatible receiver');
		const constructor = speciesConstructor(self, Promise);
		const onFinally = arg(args, 0);
		if (!(onFinally instanceof JSFunction)) return invokeThen(self, onFinally, onFinally);
		// thenFinally / catchFinally (§27.2.5.3.1–2): run onFinally, wait for its result, then pass the original settlement on.
		const thenFinally = builtinFunction('', 1, (_this, a) => {
			const value = arg(a, 0);
			const result = onFinally.callAs(undefined, []);
			const promise = promiseResolve(constructor, result);
			const valueThunk = builtinFunction('', 0, () => value);
			valueThunk.labelOverride = 'finally: pass the value on';
			return invokeThen(promise, valueThunk, undefined);
		});
		const catchFinally = builtinFunction('', 1, (_this, a) => {
			const reason = arg(a, 0);
			const result = onFinally.callAs(undefined, []);
			const promise = promiseResolve(constructor, result);
			const thrower = builtinFunction('', 0, () => {
				throw new ThrowCompletion(reason);
			});
			thrower.labelOverride = 'finally: pass the rejection on';
			return invokeThen(promise, thrower, undefined);
		});
		thenFinally.labelOverride = catchFinally.labelOverride = `finally(${onFinally.label})`;
		thenFinally.lineOverride = catchFinally.lineOverride = onFinally.line;
		return invokeThen(self, thenFinally, catchFinally);
	});

	defineMethod(Promise, 'resolve', 1, (self, args) => {
		if (!(self instanceof JSObject)) throwTypeError('PromiseResolve called on non-object');
		return promiseResolve(self, arg(args, 0));
	});
	defineMethod(Promise, 'reject', 1, (self, args) => {
		const capability = newPromiseCapability(self);
		capability.reject(arg(args, 0));
		return capability.promise;
	});
	defineMethod(Promise, 'all', 1, (self, args) => performCombinator('all', self, arg(args, 0)));
	defineMethod(Promise, 'allSettled', 1, (self, args) => performCombinator('allSettled', self, arg(args, 0)));
	defineMethod(Promise, 'any', 1, (self, args) => performCombinator('any', self, arg(args, 0)));
	defineMethod(Promise, 'race', 1, (self, args) => {
		const capability = newPromiseCapability(self);
		return rejectOnThrow(capability, () => {
			const resolveMethod = get(self as JSObject, 'resolve');
			const resolve = capabilityFunction(capability, 'resolve', 'Promise.race: settle the race');
			const reject = capabilityFunction(capability, 'reject', 'Promise.race: settle the race');
			for (const item of iterableToList(arg(args, 0), true)) invokeThen(call(resolveMethod, self, [item]), resolve, reject);
		});
	});
}
