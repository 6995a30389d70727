import {JSObject} from '../values/js-object.js';
import {Property, hiddenFlags} from '../values/property.js';
import {surroundingAgent} from './agent.js';
import type {ErrorName} from './realm.js';
import {ThrowCompletion} from './throw-completion.js';

/** The [[ErrorData]] slot: marks error objects for inspect and `Error.captureStackTrace`-free printing. */
export interface ErrorData {
	readonly errorData: true;
	/** The line executing when the error was created, for Node's fatal exception report. */
	readonly line: number;
}

/** Creates an error the way the NativeError constructors do (§20.5.6.1). */
export function createError(name: ErrorName, message: string, proto?: JSObject): JSObject {
	const realm = surroundingAgent.realm;
	const error = new JSObject(proto ?? realm.errorPrototypes.get(name)!);
	error.className = 'Error';
	error.internal = {errorData: true, line: surroundingAgent.currentLine} satisfies ErrorData;
	error.defineOwn('stack', new Property(`${name}: ${message}`, hiddenFlags));
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
