// getKeys and V8's getOwnNonIndexProperties, as Node 20 lib/internal/util/inspect.js uses them.
import {isArrayIndexKey, propertyIsEnumerable} from './host-reflection.js';
import type {InspectContext} from './inspect-options.js';

/** Object.keys plus enumerable symbols; with showHidden, every own string key plus every symbol. */
export function getKeys(ctx: InspectContext, value: unknown, showHidden: boolean): unknown[] {
	const {host} = ctx;
	const all = host.ownKeys(value);
	const strings = all.filter((key) => typeof key === 'string');
	const symbols = all.filter((key) => typeof key !== 'string');
	if (showHidden) return [...strings, ...symbols];
	const enumerable = (key: unknown): boolean => propertyIsEnumerable(host, value, key);
	return [...strings.filter(enumerable), ...symbols.filter(enumerable)];
}

/** The keys of an array that are not indices (ONLY_ENUMERABLE unless showHidden). */
export function getOwnNonIndexProperties(ctx: InspectContext, value: unknown, showHidden: boolean): unknown[] {
	return getKeys(ctx, value, showHidden).filter((key) => !isArrayIndexKey(key));
}

/** Object.keys: the enumerable own string keys. */
export function objectKeys(ctx: InspectContext, value: unknown): string[] {
	return ctx.host.ownKeys(value).filter((key): key is string => typeof key === 'string' && propertyIsEnumerable(ctx.host, value, key));
}
