// formatError and its helpers (getStackString, getStackFrames, identicalSequenceRange, improveStack,
// removeDuplicateErrorKeys) from Node 20 lib/internal/util/inspect.js.
//
// loopstep has no real call stack, so its errors carry no `    at` frames. In Node every error made by
// a constructor has an own `stack` with frames, so such an error gets one placeholder frame
// (`elidedFrame`) that takes part in all layout decisions and is cut from the final text by
// `removeElidedFrames`: the output is Node's with the frame lines removed, not the `[Error: x]`
// Node shows for errors without frames (which stays for objects without an own `stack`, and for
// errors whose `stack` the program replaced).
import {getPrefix} from './constructor-name.js';
import {isFunction, isObject, primitiveToString} from './host-reflection.js';
import type {InspectHost} from './inspect-host.js';
import type {InspectContext} from './inspect-options.js';

// As wide as the default break length, so array grouping treats an error as the wide block it is in Node.
const elidedFrameMarker = `\u0000loopstep-elided-frame${'\u0000'.repeat(58)}`;
const elidedFrame = `    at ${elidedFrameMarker}`;

/** Cuts the placeholder frames (with their line breaks and indentation) out of formatted text. */
export function removeElidedFrames(text: string): string {
	return text.includes(elidedFrameMarker) ? text.split(new RegExp(`\\n *    at ${elidedFrameMarker}`)).join('') : text;
}

/** `'key' in object`: HasProperty along the prototype chain. */
function hasProperty(host: InspectHost, object: unknown, key: string): boolean {
	for (let current = object; current !== null; current = host.getPrototypeOf(current)) {
		if (host.getOwnProperty(current, key) !== undefined) return true;
	}
	return false;
}

function toStringValue(host: InspectHost, value: unknown): string {
	return isObject(host, value) ? host.toStringValue(value) : primitiveToString(host, value);
}

/** Error.prototype.toString (ECMA-262 §20.5.3.4). */
function errorPrototypeToString(host: InspectHost, error: unknown): string {
	const name = host.get(error, 'name');
	const message = host.get(error, 'message');
	const nameString = name === undefined ? 'Error' : toStringValue(host, name);
	const messageString = message === undefined ? '' : toStringValue(host, message);
	if (nameString === '') return messageString;
	if (messageString === '') return nameString;
	return `${nameString}: ${messageString}`;
}

function getStackString(host: InspectHost, error: unknown): string {
	const stack = host.get(error, 'stack');
	return stack ? toStringValue(host, stack) : errorPrototypeToString(host, error);
}

function isError(ctx: InspectContext, value: unknown): boolean {
	return isObject(ctx.host, value) && ctx.host.slots(value).kind === 'error';
}

/** Where the two frame lists share a run of more than three identical frames. */
function identicalSequenceRange(a: readonly string[], b: readonly string[]): {len: number; offset: number} {
	for (let i = 0; i < a.length - 3; i++) {
		const pos = b.indexOf(a[i]!);
		if (pos !== -1) {
			const rest = b.length - pos;
			if (rest > 3) {
				let len = 1;
				const maxLen = Math.min(a.length - i, rest);
				while (maxLen > len && a[i + len] === b[pos + len]) len++;
				if (len > 3) return {len, offset: i};
			}
		}
	}
	return {len: 0, offset: 0};
}

function getStackFrames(ctx: InspectContext, err: unknown, stack: string): string[] {
	const frames = stack.split('\n');
	const cause = ctx.host.get(err, 'cause');
	// Frames the cause shares with this error are summarised.
	if (cause !== null && cause !== undefined && isError(ctx, cause)) {
		const causeStack = getStackString(ctx.host, cause);
		const causeStackStart = causeStack.indexOf('\n    at');
		if (causeStackStart !== -1) {
			const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
			const {len, offset} = identicalSequenceRange(frames, causeFrames);
			if (len > 0) {
				const skipped = len - 2;
				frames.splice(offset + 1, skipped, `    ... ${skipped} lines matching cause stack trace ...`);
			}
		}
	}
	return frames;
}

/** Puts the constructor's name in the first line when the stack names a different class. */
function improveStack(stack: string, constructor: string | null, name: string, tag: string): string {
	let len = name.length;
	if (constructor === null ||
		(name.endsWith('Error') && stack.startsWith(name) && (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
		let fallback = 'Error';
		if (constructor === null) {
			const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ?? /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
			fallback = start?.[1] ?? '';
			len = fallback.length;
			fallback ||= 'Error';
		}
		const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
		if (name !== prefix) {
			if (prefix.includes(name)) {
				stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
			} else {
				stack = `${prefix} [${name}]${stack.slice(len)}`;
			}
		}
	}
	return stack;
}

/** Own `name`, `message` and `stack` keys are not listed again when the stack already shows them. */
function removeDuplicateErrorKeys(ctx: InspectContext, keys: unknown[], err: unknown, stack: string): void {
	if (!ctx.showHidden && keys.length !== 0) {
		for (const name of ['name', 'message', 'stack']) {
			const index = keys.indexOf(name);
			if (index !== -1 && stack.includes(toStringValue(ctx.host, ctx.host.get(err, name)))) {
				keys.splice(index, 1);
			}
		}
	}
}

/** The base text of an error: its stack, first line improved; adds `cause` and `errors` to `keys`. */
export function formatError(ctx: InspectContext, err: unknown, constructor: string | null, tag: string, keys: unknown[]): string {
	const {host} = ctx;
	const errName = host.get(err, 'name');
	const name = errName !== null && errName !== undefined ? toStringValue(host, errName) : 'Error';
	let stack = getStackString(host, err);

	removeDuplicateErrorKeys(ctx, keys, err, stack);
	if (hasProperty(host, err, 'cause') && !keys.includes('cause')) keys.push('cause');
	// An AggregateError lists its errors.
	const errors = host.get(err, 'errors');
	if (isObject(host, errors) && !isFunction(host, errors) && host.slots(errors).kind === 'array' && !keys.includes('errors')) {
		keys.push('errors');
	}

	stack = improveStack(stack, constructor, name, tag);

	// Search for the frames after the message, which may itself contain "\n    at".
	const message = host.get(err, 'message');
	const messageString = message ? toStringValue(host, message) : '';
	let pos = (messageString && stack.indexOf(messageString)) || -1;
	if (pos !== -1) pos += messageString.length;
	let stackStart = stack.indexOf('\n    at', pos);
	const slots = host.slots(err);
	if (stackStart === -1 && host.getOwnProperty(err, 'stack') !== undefined && slots.kind === 'error' && slots.framesElided) {
		stack = `${stack}\n${elidedFrame}`;
		stackStart = stack.indexOf('\n    at', pos);
	}
	if (stackStart === -1) {
		stack = `[${stack}]`;
	} else {
		const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
		stack = `${stack.slice(0, stackStart)}\n${lines.join('\n')}`;
	}

	// The message and the stack are indented with the value.
	if (ctx.indentationLvl !== 0) {
		stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
	}
	return stack;
}
