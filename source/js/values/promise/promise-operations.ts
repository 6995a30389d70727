import {surroundingAgent} from '../../runtime/agent.js';
import {createError, throwTypeError} from '../../runtime/errors.js';
import {ThrowCompletion} from '../../runtime/throw-completion.js';
import {JSFunction, NativeFunction} from '../js-function.js';
import {JSObject} from '../js-object.js';
import {construct, get, prototypeFromConstructor} from '../object-operations.js';
import type {Value} from '../value.js';
import {JSPromise, type PromiseCapability, type PromiseReaction, type ReactionHandler} from './js-promise.js';

/** Promise abstract operations (§27.2.1 – §27.2.2), named as in ECMA-262. */

export function isPromise(value: Value): value is JSPromise {
	return value instanceof JSPromise;
}

/** CreateResolvingFunctions (§27.2.1.3) as host closures sharing one [[AlreadyResolved]]. */
export function createResolvingFunctions(promise: JSPromise): {resolve: (resolution: Value) => void; reject: (reason: Value) => void} {
	let alreadyResolved = false;
	return {
		resolve(resolution) {
			if (alreadyResolved) return;
			alreadyResolved = true;
			resolvePromise(promise, resolution);
		},
		reject(reason) {
			if (alreadyResolved) return;
			alreadyResolved = true;
			rejectPromise(promise, reason);
		},
	};
}

/** The steps of a Promise Resolve Function (§27.2.1.3.2) after the [[AlreadyResolved]] check. */
export function resolvePromise(promise: JSPromise, resolution: Value): void {
	if (resolution === promise) {
		rejectPromise(promise, createError('TypeError', 'Chaining cycle detected for promise #<Promise>'));
		return;
	}
	if (!(resolution instanceof JSObject)) {
		fulfillPromise(promise, resolution);
		return;
	}
	let then: Value;
	try {
		then = get(resolution, 'then');
	} catch (error) {
		if (error instanceof ThrowCompletion) {
			rejectPromise(promise, error.value);
			return;
		}
		throw error;
	}
	if (!(then instanceof JSFunction)) {
		fulfillPromise(promise, resolution);
		return;
	}
	hostEnqueuePromiseJob(newPromiseResolveThenableJob(promise, resolution, then));
}

/** FulfillPromise (§27.2.1.4). */
export function fulfillPromise(promise: JSPromise, value: Value): void {
	const reactions = promise.fulfillReactions;
	promise.result = value;
	promise.fulfillReactions = [];
	promise.rejectReactions = [];
	promise.state = 'fulfilled';
	triggerPromiseReactions(reactions, value);
}

/** RejectPromise (§27.2.1.7), telling the host about a rejection nobody handles yet. */
export function rejectPromise(promise: JSPromise, reason: Value): void {
	const reactions = promise.rejectReactions;
	promise.result = reason;
	promise.fulfillReactions = [];
	promise.rejectReactions = [];
	promise.state = 'rejected';
	if (!promise.isHandled) surroundingAgent.loop.promiseRejectionTracker(promise, 'reject');
	triggerPromiseReactions(reactions, reason);
}

/** TriggerPromiseReactions (§27.2.1.8). */
function triggerPromiseReactions(reactions: PromiseReaction[], argument: Value): void {
	for (const reaction of reactions) hostEnqueuePromiseJob(newPromiseReactionJob(reaction, argument));
}

/** NewPromiseCapability (§27.2.1.5); the intrinsic %Promise% skips the executor round trip. */
export function newPromiseCapability(constructor: Value): PromiseCapability {
	const realm = surroundingAgent.realm;
	if (constructor === realm.promiseConstructor) {
		const promise = new JSPromise(realm.promisePrototype);
		const {resolve, reject} = createResolvingFunctions(promise);
		return {promise, resolve, reject};
	}
	if (!(constructor instanceof JSFunction) || !constructor.isConstructor) throwTypeError('Promise resolve or reject function is not callable');
	let resolveFunction: Value;
	let rejectFunction: Value;
	const executor = new NativeFunction(
		realm.functionPrototype,
		(_this, args) => {
			if (resolveFunction !== undefined) throwTypeError('Promise executor has already been invoked with non-undefined arguments');
			resolveFunction = args[0];
			rejectFunction = args[1];
			return undefined;
		},
		false,
	);
	executor.setNameAndLength('', 2);
	const promise = construct(constructor, [executor]);
	if (!(resolveFunction instanceof JSFunction) || !(rejectFunction instanceof JSFunction) || !(promise instanceof JSObject)) {
		throwTypeError('Promise resolve or reject function is not callable');
	}
	const resolveFn = resolveFunction;
	const rejectFn = rejectFunction;
	return {promise, resolve: value => void resolveFn.callAs(undefined, [value]), reject: reason => void rejectFn.callAs(undefined, [reason])};
}

/** Creates a pending %Promise% whose prototype comes from newTarget (the Promise constructor's first steps). */
export function createPromiseFromConstructor(newTarget: JSObject | undefined): JSPromise {
	return new JSPromise(prototypeFromConstructor(newTarget, surroundingAgent.realm.promisePrototype));
}

/** PromiseResolve (§27.2.4.7.1): a promise made by `constructor` passes through unchanged. */
export function promiseResolve(constructor: JSObject, value: Value): JSObject {
	if (value instanceof JSPromise && get(value, 'constructor') === constructor) return value;
	const capability = newPromiseCapability(constructor);
	capability.resolve(value);
	return capability.promise;
}

/** PerformPromiseThen (§27.2.5.4.1). */
export function performPromiseThen(promise: JSPromise, onFulfilled: ReactionHandler | undefined, onRejected: ReactionHandler | undefined, capability: PromiseCapability | undefined): void {
	const fulfillReaction: PromiseReaction = {capability, type: 'fulfill', handler: onFulfilled};
	const rejectReaction: PromiseReaction = {capability, type: 'reject', handler: onRejected};
	if (promise.state === 'pending') {
		promise.fulfillReactions.push(fulfillReaction);
		promise.rejectReactions.push(rejectReaction);
	} else if (promise.state === 'fulfilled') {
		hostEnqueuePromiseJob(newPromiseReactionJob(fulfillReaction, promise.result));
	} else {
		if (!promise.isHandled) surroundingAgent.loop.promiseRejectionTracker(promise, 'handle');
		hostEnqueuePromiseJob(newPromiseReactionJob(rejectReaction, promise.result));
	}
	promise.isHandled = true;
}

interface PromiseJob {
	readonly label: string;
	readonly line: number;
	readonly kind: string;
	readonly run: () => void;
}

/** NewPromiseReactionJob (§27.2.2.1). */
function newPromiseReactionJob(reaction: PromiseReaction, argument: Value): PromiseJob {
	const handler = reaction.handler;
	const label = handler === undefined ? (reaction.type === 'fulfill' ? 'pass the value on' : 'pass the rejection on') : handler.label;
	return {
		label,
		line: handler === undefined ? 0 : handler.line,
		kind: handler === undefined ? 'PromiseReactionJob (no handler: the settlement passes to the next promise)' : 'PromiseReactionJob',
		run() {
			let outcome: {threw: boolean; value: Value};
			if (handler === undefined) {
				outcome = {threw: reaction.type === 'reject', value: argument};
			} else {
				try {
					outcome = {threw: false, value: handler instanceof JSFunction ? handler.callAs(undefined, [argument]) : handler.run(argument)};
				} catch (error) {
					if (!(error instanceof ThrowCompletion)) throw error;
					outcome = {threw: true, value: error.value};
				}
			}
			const capability = reaction.capability;
			if (capability === undefined) return;
			if (outcome.threw) capability.reject(outcome.value);
			else capability.resolve(outcome.value);
		},
	};
}

/** NewPromiseResolveThenableJob (§27.2.2.2): resolving with a thenable costs this extra job. */
function newPromiseResolveThenableJob(promise: JSPromise, thenable: JSObject, then: JSFunction): PromiseJob {
	return {
		label: `${thenable instanceof JSPromise ? 'promise' : 'thenable'}.then(resolve, reject)`,
		line: then.line,
		kind: 'NewPromiseResolveThenableJob (the value is a thenable, so resolving it costs an extra job)',
		run() {
			const {resolve, reject} = createResolvingFunctions(promise);
			const realm = surroundingAgent.realm;
			const resolveFunction = new NativeFunction(realm.functionPrototype, (_this, args) => (resolve(args[0]), undefined), false);
			const rejectFunction = new NativeFunction(realm.functionPrototype, (_this, args) => (reject(args[0]), undefined), false);
			resolveFunction.setNameAndLength('', 1);
			rejectFunction.setNameAndLength('', 1);
			try {
				then.callAs(thenable, [resolveFunction, rejectFunction]);
			} catch (error) {
				if (!(error instanceof ThrowCompletion)) throw error;
				reject(error.value);
			}
		},
	};
}

/** HostEnqueuePromiseJob (§9.5.5): Node puts promise jobs on V8's microtask queue. */
export function hostEnqueuePromiseJob(job: PromiseJob): void {
	const agent = surroundingAgent;
	agent.recorder.step('host', agent.currentLine, 0, `A ${job.kind.split(' ')[0]} is queued on the microtask queue: ${job.label}`);
	agent.loop.enqueueMicrotask(job);
}

