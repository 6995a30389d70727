// getIteratorBraces, formatIterator, formatSetIterInner, formatMapIterInner, formatWeakSet and
// formatWeakMap from Node 20 lib/internal/util/inspect.js: `[Map Entries] { [ 'a', 1 ] }`,
// `[Set Iterator] { 1, 2 }`, `WeakMap { <items unknown> }`.
import {kArrayExtrasType} from './extras-type.js';
import {formatValue} from './format-value.js';
import type {InspectContext} from './inspect-options.js';
import {reduceToSingleString} from './reduce-to-single-string.js';
import {remainingText} from './remaining-text.js';

// The iterator states of Node's inspect.js.
const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;
type IteratorState = typeof kWeak | typeof kIterator | typeof kMapEntries;

export function getIteratorBraces(type: 'Map' | 'Set', tag: string): [string, string] {
	if (tag !== `${type} Iterator`) {
		if (tag !== '') tag += '] [';
		tag += `${type} Iterator`;
	}
	return [`[${tag}] {`, '}'];
}

/** `entries` are flat `[key1, value1, key2, value2, ...]` when `isKeyValue`; renames the braces then. */
export function formatIterator(braces: [string, string], ctx: InspectContext, entries: readonly unknown[], isKeyValue: boolean, recurseTimes: number): string[] {
	if (isKeyValue) {
		braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
		return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
	}
	return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

/** Weak collections list their entries only with showHidden; the order is not meaningful, so it is sorted. */
export function formatWeakCollection(ctx: InspectContext, entries: readonly unknown[], isKeyValue: boolean, recurseTimes: number): string[] {
	if (!ctx.showHidden) return ['<items unknown>'];
	return isKeyValue ? formatMapIterInner(ctx, recurseTimes, entries, kWeak) : formatSetIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatSetIterInner(ctx: InspectContext, recurseTimes: number, entries: readonly unknown[], state: IteratorState): string[] {
	const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
	const output: string[] = [];
	ctx.indentationLvl += 2;
	for (let i = 0; i < maxLength; i++) {
		output.push(formatValue(ctx, entries[i], recurseTimes));
	}
	ctx.indentationLvl -= 2;
	if (state === kWeak && !ctx.sorted) output.sort();
	const remaining = entries.length - maxLength;
	if (remaining > 0) output.push(remainingText(remaining));
	return output;
}

function formatMapIterInner(ctx: InspectContext, recurseTimes: number, entries: readonly unknown[], state: IteratorState): string[] {
	const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
	const len = entries.length / 2;
	const remaining = len - maxArrayLength;
	const maxLength = Math.min(maxArrayLength, len);
	const output: string[] = [];
	ctx.indentationLvl += 2;
	for (let i = 0; i < maxLength; i++) {
		const pos = i * 2;
		const key = formatValue(ctx, entries[pos], recurseTimes);
		const value = formatValue(ctx, entries[pos + 1], recurseTimes);
		output.push(state === kWeak ? `${key} => ${value}` : reduceToSingleString(ctx, [key, value], '', ['[', ']'], kArrayExtrasType, recurseTimes));
	}
	if (state === kWeak && !ctx.sorted) output.sort();
	ctx.indentationLvl -= 2;
	if (remaining > 0) output.push(remainingText(remaining));
	return output;
}
