import type {InspectHost} from './inspect-host.js';

/** The `util.inspect` options loopstep supports (no colors, no custom inspect, no proxies). */
export type InspectOptions = {
	readonly showHidden: boolean;
	/** Nesting levels to expand; null for no limit. */
	readonly depth: number | null;
	/** null for no limit, as in Node. */
	readonly maxArrayLength: number | null;
	readonly maxStringLength: number | null;
	readonly breakLength: number;
	/** `true` for the legacy layout, or how many inner levels may be combined on one line. */
	readonly compact: boolean | number;
	readonly sorted: boolean;
	readonly numericSeparator: boolean;
};

/** `inspectDefaultOptions` in lib/internal/util/inspect.js; `console.log` passes no overrides. */
export const inspectDefaultOptions: InspectOptions = Object.freeze({
	showHidden: false,
	depth: 2,
	maxArrayLength: 100,
	maxStringLength: 10_000,
	breakLength: 80,
	compact: 3,
	sorted: false,
	numericSeparator: false,
});

/** The mutable `ctx` that Node's formatters thread through one inspection. */
export type InspectContext = {
	readonly host: InspectHost;
	showHidden: boolean;
	depth: number | null;
	maxArrayLength: number;
	maxStringLength: number;
	breakLength: number;
	compact: boolean | number;
	sorted: boolean;
	numericSeparator: boolean;
	budget: Record<number, number>;
	indentationLvl: number;
	seen: unknown[];
	currentDepth: number;
	circular: Map<unknown, number> | undefined;
};

/** The part of `inspect(value, opts)` that builds `ctx` from the defaults and the caller's options. */
export function createInspectContext(host: InspectHost, options: Partial<InspectOptions> = {}): InspectContext {
	const merged = {...inspectDefaultOptions, ...options};
	return {
		host,
		...merged,
		maxArrayLength: merged.maxArrayLength ?? Number.POSITIVE_INFINITY,
		maxStringLength: merged.maxStringLength ?? Number.POSITIVE_INFINITY,
		budget: {},
		indentationLvl: 0,
		seen: [],
		currentDepth: 0,
		circular: undefined,
	};
}

/** `recurseTimes > ctx.depth && ctx.depth !== null`: the value lies below the depth limit. */
export function isBeyondDepth(ctx: InspectContext, recurseTimes: number): boolean {
	return ctx.depth !== null && recurseTimes > ctx.depth;
}
