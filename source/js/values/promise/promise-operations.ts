import {surroundingAgent} from '../../runtime/agent.js';
import {createError, throwTypeError} from '../../runtime/errors.js';
import {ThrowCompletion} from '../../runtime/throw-completion.js';
import {JSFunction, NativeFunction} from '../js-function.js';
import {JSObject} from '../js-object.js';
import {construct, get, prototypeFromConstructor} from '../object-operations.js';
import type {Value} from '../value.js';
import type {ItemRef} from '../../../plan/index.js';
import type {Job} from '../../host/job.js';
import {JSPromise, noReactions, type PromiseCapability, type PromiseReaction, type ReactionHandler} from './js-promise.js';

/** Promise abstract operations (§27.2.1 – §27.2.2), named as in ECMA-262. */

export function isPromise(value: Value): value is JSPromise {
	return value instanceof JSPromise;
}

/**
 * CreateResolvingFunctions (§27.2.1.3): the resolve and reject functions of one promise, sharing
 * [[AlreadyResolved]]. One object with two methods, which is also the PromiseCapability of a
 * %Promise%: a `.then` allocates it instead of two closures and a record.
 */
export class ResolvingFunctions implements PromiseCapability {
	private alreadyResolved = false;

	constructor(readonly promise: JSPromise) {}

	resolve(resolution: Value): void {
		if (this.alreadyResolved) return;
		this.alreadyResolved = true;
		resolvePromise(this.promise, resolution);
	}

	reject(reason: Value): void {
		if (this.alreadyResolved) return;
		this.alreadyResolved = true;
		rejectPromise(this.promise, reason);
	}
}

export function createResolvingFunctions(promise: JSPromise): ResolvingFunctions {
	return new ResolvingFunctions(promise);
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
	hostEnqueuePromiseJob(new PromiseResolveThenableJob(promise, resolution, then));
}

/** FulfillPromise (§27.2.1.4). */
export function fulfillPromise(promise: JSPromise, value: Value): void {
	const reactions = promise.fulfillReactions;
	promise.result = value;
	promise.fulfillReactions = noReactions;
	promise.rejectReactions = noReactions;
	promise.state = 'fulfilled';
	triggerPromiseReactions(reactions, value);
}

/** RejectPromise (§27.2.1.7), telling the host about a rejection nobody handles yet. */
export function rejectPromise(promise: JSPromise, reason: Value): void {
	const reactions = promise.rejectReactions;
	promise.result = reason;
	promise.fulfillReactions = noReactions;
	promise.rejectReactions = noReactions;
	promise.state = 'rejected';
	if (!promise.isHandled) surroundingAgent.loop.promiseRejectionTracker(promise, 'reject');
	triggerPromiseReactions(reactions, reason);
}

/** TriggerPromiseReactions (§27.2.1.8). */
function triggerPromiseReactions(reactions: PromiseReaction[], argument: Value): void {
	for (const reaction of reactions) hostEnqueuePromiseJob(new PromiseReactionJob(reaction, argument));
}

/** NewPromiseCapability (§27.2.1.5); the intrinsic %Promise% skips the executor round trip. */
export function newPromiseCapability(constructor: Value): PromiseCapability {
	const realm = surroundingAgent.realm;
	if (constructor === realm.promiseConstructor) {
		return new ResolvingFunctions(new JSPromise(realm.promisePrototype));
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
		if (promise.fulfillReactions === noReactions) {
			promise.fulfillReactions = [fulfillReaction];
			promise.rejectReactions = [rejectReaction];
		} else {
			promise.fulfillReactions.push(fulfillReaction);
			promise.rejectReactions.push(rejectReaction);
		}
	} else if (promise.state === 'fulfilled') {
		hostEnqueuePromiseJob(new PromiseReactionJob(fulfillReaction, promise.result));
	} else {
		if (!promise.isHandled) surroundingAgent.loop.promiseRejectionTracker(promise, 'handle');
		hostEnqueuePromiseJob(new PromiseReactionJob(rejectReaction, promise.result));
	}
	promise.isHandled = true;
}

/** NewPromiseReactionJob (§27.2.2.1): one object per job, its steps a method. */
class PromiseReactionJob implements Job {
	readonly name = 'PromiseReactionJob';
	ref: ItemRef | undefined = undefined;

	constructor(
		private readonly reaction: PromiseReaction,
		private readonly argument: Value,
	) {}

	get label(): string {
		const handler = this.reaction.handler;
		if (handler !== undefined) return handler.label;
		return this.reaction.type === 'fulfill' ? 'pass the value on' : 'pass the rejection on';
	}

	get line(): number {
		return this.reaction.handler?.line ?? 0;
	}

	get kind(): string {
		return this.reaction.handler === undefined ? 'PromiseReactionJob (no handler: the settlement passes to the next promise)' : 'PromiseReactionJob';
	}

	run(): void {
		const {reaction, argument} = this;
		const {handler, capability} = reaction;
		if (handler === undefined) {
			if (reaction.type === 'reject') capability?.reject(argument);
			else capability?.resolve(argument);
			return;
		}
		let value: Value;
		try {
			value = handler instanceof JSFunction ? handler.callAs(undefined, [argument]) : handler.run(argument);
		} catch (error) {
			if (!(error instanceof ThrowCompletion)) throw error;
			capability?.reject(error.value);
			return;
		}
		capability?.resolve(value);
	}
}

/** NewPromiseResolveThenableJob (§27.2.2.2): resolving with a thenable costs this extra job. */
class PromiseResolveThenableJob implements Job {
	readonly name = 'NewPromiseResolveThenableJob';
	readonly kind = 'NewPromiseResolveThenableJob (the value is a thenable, so resolving it costs an extra job)';
	readonly label: string;
	readonly line: number;
	ref: ItemRef | undefined = undefined;

	constructor(
		private readonly promise: JSPromise,
		private readonly thenable: JSObject,
		private readonly then: JSFunction,
	) {
		this.label = thenable instanceof JSPromise ? 'promise.then(resolve, reject)' : 'thenable.then(resolve, reject)';
		this.line = then.line;
	}

	run(): void {
		const resolving = createResolvingFunctions(this.promise);
		const realm = surroundingAgent.realm;
		const resolveFunction = new NativeFunction(realm.functionPrototype, (_this, args) => (resolving.resolve(args[0]), undefined), false);
		const rejectFunction = new NativeFunction(realm.functionPrototype, (_this, args) => (resolving.reject(args[0]), undefined), false);
		resolveFunction.setNameAndLength('', 1);
		rejectFunction.setNameAndLength('', 1);
		try {
			this.then.callAs(this.thenable, [resolveFunction, rejectFunction]);
		} catch (error) {
			if (!(error instanceof ThrowCompletion)) throw error;
			resolving.reject(error.value);
		}
	}
}

/** HostEnqueuePromiseJob (§9.5.5): Node puts promise jobs on V8's microtask queue. */
export function hostEnqueuePromiseJob(job: PromiseReactionJob | PromiseResolveThenableJob): void {
	surroundingAgent.loop.enqueuePromiseJob(job);
}
