// formatSet and formatMap from Node 20 lib/internal/util/inspect.js.
import {formatValue} from './format-value.js';
import type {InspectContext} from './inspect-options.js';
import {remainingText} from './remaining-text.js';

export function formatSet(ctx: InspectContext, values: readonly unknown[], recurseTimes: number): string[] {
	const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), values.length);
	const remaining = values.length - maxLength;
	const output: string[] = [];
	ctx.indentationLvl += 2;
	for (const value of values.slice(0, maxLength)) {
		output.push(formatValue(ctx, value, recurseTimes));
	}
	if (remaining > 0) output.push(remainingText(remaining));
	ctx.indentationLvl -= 2;
	return output;
}

export function formatMap(ctx: InspectContext, entries: readonly (readonly [unknown, unknown])[], recurseTimes: number): string[] {
	const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), entries.length);
	const remaining = entries.length - maxLength;
	const output: string[] = [];
	ctx.indentationLvl += 2;
	for (const [key, value] of entries.slice(0, maxLength)) {
		output.push(`${formatValue(ctx, key, recurseTimes)} => ${formatValue(ctx, value, recurseTimes)}`);
	}
	if (remaining > 0) output.push(remainingText(remaining));
	ctx.indentationLvl -= 2;
	return output;
}
