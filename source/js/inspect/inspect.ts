// `inspect(value, opts)` from Node 20 lib/internal/util/inspect.js.
import {removeElidedFrames} from './format-error.js';
import {formatValue} from './format-value.js';
import type {InspectHost} from './inspect-host.js';
import {createInspectContext, type InspectContext, type InspectOptions} from './inspect-options.js';

/** `util.inspect(value, options)` for an interpreter value: colors off, no custom inspect functions. */
export function inspect(value: unknown, host: InspectHost, options?: Partial<InspectOptions>): string {
	return removeElidedFrames(formatValue(createInspectContext(host, options), value, 0));
}

/** A nested `inspect` call inside a formatter: a fresh context with the same options plus `overrides`. */
export function inspectWithContext(ctx: InspectContext, value: unknown, overrides: Partial<InspectOptions>): string {
	const {host, showHidden, depth, maxArrayLength, maxStringLength, breakLength, compact, sorted, numericSeparator} = ctx;
	const options = {showHidden, depth, maxArrayLength, maxStringLength, breakLength, compact, sorted, numericSeparator};
	return formatValue(createInspectContext(host, {...options, ...overrides}), value, 0);
}
