import {JSObject} from '../values/js-object.js';
import {Property, hiddenFlags} from '../values/property.js';
import {get} from '../values/object-operations.js';
import type {PropertyKey, Value} from '../values/value.js';
import {surroundingAgent} from './agent.js';
import type {ErrorName} from './realm.js';
import {ThrowCompletion} from './throw-completion.js';

/** The [[ErrorData]] slot: marks error objects for inspect and `Error.captureStackTrace`-free printing. */
export interface ErrorData {
	readonly errorData: true;
	/** The line executing when the error was created, for Node's fatal exception report. */
	readonly line: number;
}

/**
 * An object with [[ErrorData]]. Like V8, it formats its `stack` header lazily, on first access, from
 * the `name` and `message` it has then: a subclass that sets `this.name` in its constructor shows it.
 */
export class ErrorObject extends JSObject {
	private stackFormatted = false;
	/** The program wrote its own `stack`: Node prints that text, with whatever frames it has. */
	stackReplaced = false;

	override defineOwn(key: PropertyKey, property: Property): boolean {
		if (key === 'stack') this.stackReplaced = true;
		return super.defineOwn(key, property);
	}

	override setOwnFast(key: PropertyKey, value: Value): boolean {
		const done = super.setOwnFast(key, value);
		if (done && key === 'stack') this.stackReplaced = true;
		return done;
	}

	override getOwn(key: PropertyKey): Property | undefined {
		if (key === 'stack' && !this.stackFormatted) {
			this.stackFormatted = true;
			const current = super.getOwn('stack');
			if (current && !current.isAccessor && current.value === pendingStack) current.value = stackHeader(this);
		}
		return super.getOwn(key);
	}
}

const pendingStack = '';

function stackHeader(error: JSObject): string {
	const name = get(error, 'name');
	const message = get(error, 'message');
	const nameText = typeof name === 'string' ? name : 'Error';
	const messageText = typeof message === 'string' ? message : '';
	return messageText ? `${nameText}: ${messageText}` : nameText;
}

/** Creates an error the way the NativeError constructors do (§20.5.6.1). */
export function createError(name: ErrorName, message: string, proto?: JSObject): JSObject {
	const realm = surroundingAgent.realm;
	const error = new ErrorObject(proto ?? realm.errorPrototypes.get(name)!);
	error.className = 'Error';
	error.internal = {errorData: true, line: surroundingAgent.currentLine} satisfies ErrorData;
	error.props.set('stack', new Property(pendingStack, hiddenFlags));
	error.defineOwn('message', new Property(message, hiddenFlags));
	return error;
}

export function throwError(name: ErrorName, message: string): never {
	throw new ThrowCompletion(createError(name, message));
}

export function throwTypeError(message: string): never {
	throw new ThrowCompletion(createError('TypeError', message));
}

/** The line an error object was created on, or 0. */
export function errorLine(value: unknown): number {
	return value instanceof JSObject ? ((value.internal as ErrorData | undefined)?.line ?? 0) : 0;
}

export function isErrorObject(value: unknown): boolean {
	return value instanceof JSObject && (value.internal as ErrorData | undefined)?.errorData === true;
}
