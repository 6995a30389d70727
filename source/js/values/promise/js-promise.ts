import {JSObject} from '../js-object.js';
import type {JSFunction} from '../js-function.js';
import type {Value} from '../value.js';

/** An Abstract Closure used as a reaction handler (e.g. Await's onFulfilled, §27.7.5.3). */
export interface HostHandler {
	readonly label: string;
	readonly line: number;
	readonly run: (argument: Value) => Value;
}

export type ReactionHandler = JSFunction | HostHandler;

/** PromiseCapability Record (§27.2.1.1) with the resolving functions as host closures. */
export interface PromiseCapability {
	readonly promise: JSObject;
	readonly resolve: (value: Value) => void;
	readonly reject: (reason: Value) => void;
}

/** PromiseReaction Record (§27.2.1.2). */
export interface PromiseReaction {
	readonly capability: PromiseCapability | undefined;
	readonly type: 'fulfill' | 'reject';
	readonly handler: ReactionHandler | undefined;
}

/** The reaction lists of a promise nobody has subscribed to yet, or of a settled one: shared, never pushed to. */
export const noReactions: PromiseReaction[] = Object.freeze([]) as unknown as PromiseReaction[];

/** A Promise instance with its internal slots (§27.2.6). */
export class JSPromise extends JSObject {
	state: 'pending' | 'fulfilled' | 'rejected' = 'pending';
	result: Value = undefined;
	fulfillReactions: PromiseReaction[] = noReactions;
	rejectReactions: PromiseReaction[] = noReactions;
	isHandled = false;

	constructor(proto: JSObject) {
		super(proto);
		this.className = 'Promise';
	}
}
