// getConstructorName, getPrefix and getCtxStyle from Node 20 lib/internal/util/inspect.js.
import {builtInObjects} from './built-in-objects.js';
import {isFunction, isInstanceof, ownDataValue, primitiveToString} from './host-reflection.js';
import {inspectWithContext} from './inspect.js';
import {type InspectContext, isBeyondDepth} from './inspect-options.js';
import {addPrototypeProperties} from './prototype-properties.js';

/** V8's `GetConstructorName` (internalBinding('util')), approximated from the object's slots. */
export function internalGetConstructorName(ctx: InspectContext, value: unknown): string {
	const slots = ctx.host.slots(value);
	switch (slots.kind) {
		case 'array': return 'Array';
		case 'function': return 'Function';
		case 'map': return 'Map';
		case 'set': return 'Set';
		case 'weak-map': return 'WeakMap';
		case 'weak-set': return 'WeakSet';
		case 'promise': return 'Promise';
		case 'error': return 'Error';
		case 'date': return 'Date';
		case 'regexp': return 'RegExp';
		default: return 'Object';
	}
}

/**
 * The name of the first constructor up the prototype chain that `value` is an instance of; null
 * for an object whose prototype is null. With `protoProps` (showHidden), also collects the
 * properties user-defined prototypes add.
 */
export function getConstructorName(ctx: InspectContext, value: unknown, recurseTimes: number, protoProps: string[] | undefined): string | null {
	const {host} = ctx;
	let firstProto: unknown;
	let obj: unknown = value;
	while (obj !== null) {
		const constructor = ownDataValue(host, obj, 'constructor');
		if (isFunction(host, constructor)) {
			const name = host.get(constructor, 'name');
			if (name !== '' && isInstanceof(host, value, constructor)) {
				const nameString = primitiveToString(host, name);
				if (protoProps !== undefined && (firstProto !== obj || !builtInObjects.has(nameString))) {
					addPrototypeProperties(ctx, value, firstProto ?? value, recurseTimes, protoProps);
				}
				return nameString;
			}
		}
		obj = host.getPrototypeOf(obj);
		if (firstProto === undefined) firstProto = obj;
	}
	if (firstProto === null) return null;

	const res = internalGetConstructorName(ctx, value);
	if (isBeyondDepth(ctx, recurseTimes)) return `${res} <Complex prototype>`;
	const protoConstr = getConstructorName(ctx, firstProto, recurseTimes + 1, protoProps);
	if (protoConstr === null) {
		return `${res} <${inspectWithContext(ctx, firstProto, {depth: -1})}>`;
	}
	return `${res} <${protoConstr}>`;
}

/** The text before the braces: `Foo `, `Map(2) `, `Foo [tag] `, `[Object: null prototype] `. */
export function getPrefix(constructor: string | null, tag: string, fallback: string, size = ''): string {
	if (constructor === null) {
		if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
		return `[${fallback}${size}: null prototype] `;
	}
	if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
	return `${constructor}${size} `;
}

export function getCtxStyle(ctx: InspectContext, value: unknown, constructor: string | null, tag: string): string {
	let fallback = '';
	if (constructor === null) {
		fallback = internalGetConstructorName(ctx, value);
		if (fallback === tag) fallback = 'Object';
	}
	return getPrefix(constructor, tag, fallback);
}
