// getBoxedBase from Node 20 lib/internal/util/inspect.js: `[Number: 3]`, `[String: 'ab']`, ...
import {formatPrimitive, isHostPrimitive} from './format-primitive.js';
import {isArrayIndexKey} from './host-reflection.js';
import type {InspectContext} from './inspect-options.js';

const boxedTypes: Record<string, string> = {number: 'Number', string: 'String', boolean: 'Boolean', bigint: 'BigInt'};

/** The base text of a wrapper object; drops a String wrapper's index keys from `keys` in place. */
export function getBoxedBase(ctx: InspectContext, primitive: unknown, keys: unknown[], constructor: string | null, tag: string): string {
	const type = isHostPrimitive(primitive) && primitive !== null ? boxedTypes[typeof primitive] ?? 'Symbol' : 'Symbol';
	if (typeof primitive === 'string') {
		// The string's own index properties would only repeat it.
		const kept = keys.filter((key) => !(isArrayIndexKey(key) && Number(key) < primitive.length));
		keys.splice(0, keys.length, ...kept);
	}
	let base = `[${type}`;
	if (type !== constructor) {
		base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
	}
	const shown = isHostPrimitive(primitive) && primitive !== null ? formatPrimitive(primitive, ctx) : ctx.host.symbolToString(primitive);
	base += `: ${shown}]`;
	if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
	return base;
}
