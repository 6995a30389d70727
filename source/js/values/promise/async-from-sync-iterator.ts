import {surroundingAgent} from '../../runtime/agent.js';
import {throwTypeError} from '../../runtime/errors.js';
import {createIterResult} from '../../runtime/generator-driver.js';
import {ThrowCompletion} from '../../runtime/throw-completion.js';
import {JSObject} from '../js-object.js';
import {get} from '../object-operations.js';
import {toBoolean} from '../type-conversion.js';
import type {Value} from '../value.js';
import {JSPromise, type HostHandler} from './js-promise.js';
import {newPromiseCapability, performPromiseThen, promiseResolve} from './promise-operations.js';

/**
 * AsyncFromSyncIteratorContinuation (§27.1.4.4): what %AsyncFromSyncIteratorPrototype%'s next,
 * return and throw give back for a sync iterator's `result` — a promise of an iterator result whose
 * value has been awaited. `for await` and `yield*` in an async generator use it for sync iterables:
 * `yield* [Promise.resolve(1)]` yields 1, two jobs later.
 */
export function asyncFromSyncIteratorContinuation(result: Value): JSObject {
	if (!(result instanceof JSObject)) throwTypeError(`Iterator result ${String(result)} is not an object`);
	const done = toBoolean(get(result, 'done'));
	const value = get(result, 'value');
	const realm = surroundingAgent.realm;
	const capability = newPromiseCapability(realm.promiseConstructor);
	let valueWrapper: JSObject;
	try {
		valueWrapper = promiseResolve(realm.promiseConstructor, value);
	} catch (error) {
		if (!(error instanceof ThrowCompletion)) throw error;
		capability.reject(error.value);
		return capability.promise;
	}
	const unwrap: HostHandler = {label: 'iterator result with the awaited value', line: 0, run: awaited => createIterResult(awaited, done)};
	performPromiseThen(valueWrapper as JSPromise, unwrap, undefined, capability);
	return capability.promise;
}
