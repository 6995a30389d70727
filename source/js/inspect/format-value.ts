// formatValue from Node 20 lib/internal/util/inspect.js. Proxies and custom inspect functions
// do not exist in loopstep, so only primitives, symbols and cycles are handled before formatRaw.
import {formatRaw} from './format-raw.js';
import {formatPrimitive, isHostPrimitive} from './format-primitive.js';
import type {InspectContext} from './inspect-options.js';

export function formatValue(ctx: InspectContext, value: unknown, recurseTimes: number): string {
	if (value === null) return 'null';
	if (isHostPrimitive(value)) return formatPrimitive(value, ctx);
	if (ctx.host.typeOf(value) === 'symbol') return ctx.host.symbolToString(value);

	// `seen` holds the objects on the current path, so meeting one again is a cycle.
	if (ctx.seen.includes(value)) {
		ctx.circular ??= new Map();
		let index = ctx.circular.get(value);
		if (index === undefined) {
			index = ctx.circular.size + 1;
			ctx.circular.set(value, index);
		}
		return `[Circular *${index}]`;
	}
	return formatRaw(ctx, value, recurseTimes);
}
