// formatArray and formatSpecialArray from Node 20 lib/internal/util/inspect.js.
import {kArrayType} from './extras-type.js';
import {formatProperty} from './format-property.js';
import {objectKeys} from './get-keys.js';
import {hasOwnProperty} from './host-reflection.js';
import type {InspectContext} from './inspect-options.js';
import {remainingText} from './remaining-text.js';

export function arrayLength(ctx: InspectContext, value: unknown): number {
	const length = ctx.host.get(value, 'length');
	return typeof length === 'number' ? length : 0;
}

export function formatArray(ctx: InspectContext, value: unknown, recurseTimes: number): string[] {
	const valLen = arrayLength(ctx, value);
	const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
	const remaining = valLen - len;
	const output: string[] = [];
	for (let i = 0; i < len; i++) {
		if (!hasOwnProperty(ctx.host, value, String(i))) {
			return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
		}
		output.push(formatProperty(ctx, value, recurseTimes, String(i), kArrayType));
	}
	if (remaining > 0) output.push(remainingText(remaining));
	return output;
}

/** A sparse array: runs of holes print as `<N empty items>`. */
function formatSpecialArray(ctx: InspectContext, value: unknown, recurseTimes: number, maxLength: number, output: string[], i: number): string[] {
	// The first `i` keys are the indices already printed, so the key list is read from position `i`.
	const keys = objectKeys(ctx, value);
	let index = i;
	for (; i < keys.length && output.length < maxLength; i++) {
		const key = keys[i]!;
		const tmp = Number(key);
		if (tmp > 2 ** 32 - 2) break;
		if (`${index}` !== key) {
			if (!/^(0|[1-9][0-9]*)$/.test(key)) break;
			const emptyItems = tmp - index;
			output.push(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`);
			index = tmp;
			if (output.length === maxLength) break;
		}
		output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
		index++;
	}
	const remaining = arrayLength(ctx, value) - index;
	if (output.length !== maxLength) {
		if (remaining > 0) output.push(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`);
	} else if (remaining > 0) {
		output.push(remainingText(remaining));
	}
	return output;
}
