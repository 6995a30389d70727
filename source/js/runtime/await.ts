import {JSPromise} from '../values/promise/js-promise.js';
import {performPromiseThen, promiseResolve} from '../values/promise/promise-operations.js';
import type {Value} from '../values/value.js';
import {surroundingAgent} from './agent.js';

/**
 * Await (§27.7.5.3): PromiseResolve the operand (a native promise passes through unchanged, so it
 * costs one job) and resume the body from a PromiseReactionJob when it settles.
 */
export function awaitValue(value: Value, label: string, line: number, onFulfilled: (value: Value) => void, onRejected: (reason: Value) => void): void {
	const promise = promiseResolve(surroundingAgent.realm.promiseConstructor, value) as JSPromise;
	performPromiseThen(
		promise,
		{label, line, run: argument => (onFulfilled(argument), undefined)},
		{label, line, run: argument => (onRejected(argument), undefined)},
		undefined,
	);
}
