// formatPromise from Node 20 lib/internal/util/inspect.js: `Promise { <pending> }`, `Promise { <rejected> 1 }`.
import {formatValue} from './format-value.js';
import type {InspectContext} from './inspect-options.js';

export function formatPromise(ctx: InspectContext, state: 'pending' | 'fulfilled' | 'rejected', result: unknown, recurseTimes: number): string[] {
	if (state === 'pending') return ['<pending>'];
	ctx.indentationLvl += 2;
	const str = formatValue(ctx, result, recurseTimes);
	ctx.indentationLvl -= 2;
	return [state === 'rejected' ? `<rejected> ${str}` : str];
}
