// formatRaw from Node 20 lib/internal/util/inspect.js: picks the braces, base text and entry
// formatter for an object, formats its keys, and joins everything with reduceToSingleString.
import {getBoxedBase} from './boxed-base.js';
import {getConstructorName, getCtxStyle, getPrefix} from './constructor-name.js';
import {type ExtrasType, kArrayExtrasType, kObjectType} from './extras-type.js';
import {arrayLength, formatArray} from './format-array.js';
import {formatError} from './format-error.js';
import {formatIterator, formatWeakCollection, getIteratorBraces} from './format-iterator.js';
import {formatPromise} from './format-promise.js';
import {formatProperty} from './format-property.js';
import {formatMap, formatSet} from './format-set-map.js';
import {getFunctionBase} from './function-base.js';
import {getKeys, getOwnNonIndexProperties} from './get-keys.js';
import {hasOwnProperty, propertyIsEnumerable} from './host-reflection.js';
import {type InspectContext, isBeyondDepth} from './inspect-options.js';
import {reduceToSingleString} from './reduce-to-single-string.js';

type Formatter = (ctx: InspectContext, value: unknown, recurseTimes: number) => string[];

const getEmptyFormatArray: Formatter = () => [];

/** Date.prototype.toISOString, or Date.prototype.toString's "Invalid Date" for NaN. */
function dateBase(time: number): string {
	return Number.isNaN(time) ? 'Invalid Date' : new Date(time).toISOString();
}

/** The own or inherited Symbol.toStringTag, if it is a string that is not an own enumerable (or, with showHidden, own) property. */
function getTag(ctx: InspectContext, value: unknown): string {
	const {host} = ctx;
	const key = host.wellKnownSymbol('toStringTag');
	const tag = host.get(value, key);
	if (typeof tag !== 'string') return '';
	if (tag !== '' && (ctx.showHidden ? hasOwnProperty : propertyIsEnumerable)(host, value, key)) return '';
	return tag;
}

export function formatRaw(ctx: InspectContext, value: unknown, recurseTimes: number): string {
	const {host} = ctx;
	let protoProps: string[] | undefined;
	if (ctx.showHidden && !isBeyondDepth(ctx, recurseTimes)) protoProps = [];
	const constructor = getConstructorName(ctx, value, recurseTimes, protoProps);
	if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
	const tag = getTag(ctx, value);
	const slots = host.slots(value);

	let keys: unknown[];
	let base = '';
	let formatter = getEmptyFormatArray;
	let braces: [string, string] = ['{', '}'];
	let extrasType: ExtrasType = kObjectType;
	const noEntries = (): boolean => keys.length === 0 && protoProps === undefined;

	// The first group are the iterable built-ins whose entries are listed.
	switch (slots.kind) {
		case 'array': {
			const length = arrayLength(ctx, value);
			// Only non-ordinary arrays ("Foo(2) [...]") name their constructor.
			const prefix = constructor !== 'Array' || tag !== '' ? getPrefix(constructor, tag, 'Array', `(${length})`) : '';
			keys = getOwnNonIndexProperties(ctx, value, ctx.showHidden);
			braces = [`${prefix}[`, ']'];
			if (length === 0 && noEntries()) return `${braces[0]}]`;
			extrasType = kArrayExtrasType;
			formatter = formatArray;
			break;
		}
		case 'set': {
			const prefix = getPrefix(constructor, tag, 'Set', `(${slots.values.length})`);
			keys = getKeys(ctx, value, ctx.showHidden);
			formatter = (c, _v, r) => formatSet(c, slots.values, r);
			if (slots.values.length === 0 && noEntries()) return `${prefix}{}`;
			braces = [`${prefix}{`, '}'];
			break;
		}
		case 'map': {
			const prefix = getPrefix(constructor, tag, 'Map', `(${slots.entries.length})`);
			keys = getKeys(ctx, value, ctx.showHidden);
			formatter = (c, _v, r) => formatMap(c, slots.entries, r);
			if (slots.entries.length === 0 && noEntries()) return `${prefix}{}`;
			braces = [`${prefix}{`, '}'];
			break;
		}
		case 'map-iterator':
		case 'set-iterator': {
			keys = getKeys(ctx, value, ctx.showHidden);
			const iteratorBraces = getIteratorBraces(slots.kind === 'map-iterator' ? 'Map' : 'Set', tag);
			braces = iteratorBraces;
			formatter = (c, _v, r) => formatIterator(iteratorBraces, c, slots.entries, slots.isKeyValue, r);
			break;
		}
		default: {
			keys = getKeys(ctx, value, ctx.showHidden);
			if (slots.kind === 'function') {
				base = getFunctionBase(ctx, value, slots, constructor, tag);
				if (noEntries()) return base;
			} else if (constructor === 'Object') {
				if (slots.kind === 'arguments') {
					braces[0] = '[Arguments] {';
				} else if (tag !== '') {
					braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
				}
				if (noEntries()) return `${braces[0]}}`;
			} else if (slots.kind === 'regexp') {
				base = `/${slots.source}/${slots.flags}`;
				const prefix = getPrefix(constructor, tag, 'RegExp');
				if (prefix !== 'RegExp ') base = `${prefix}${base}`;
				if (noEntries() || isBeyondDepth(ctx, recurseTimes)) return base;
			} else if (slots.kind === 'date') {
				base = dateBase(slots.time);
				const prefix = getPrefix(constructor, tag, 'Date');
				if (prefix !== 'Date ') base = `${prefix}${base}`;
				if (noEntries()) return base;
			} else if (slots.kind === 'error') {
				base = formatError(ctx, value, constructor, tag, keys);
				if (noEntries()) return base;
			} else if (slots.kind === 'promise') {
				braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
				formatter = (c, _v, r) => formatPromise(c, slots.state, slots.result, r);
			} else if (slots.kind === 'weak-set' || slots.kind === 'weak-map') {
				braces[0] = `${getPrefix(constructor, tag, slots.kind === 'weak-set' ? 'WeakSet' : 'WeakMap')}{`;
				const entries = slots.kind === 'weak-set' ? slots.values : slots.entries.flat();
				formatter = (c, _v, r) => formatWeakCollection(c, entries, slots.kind === 'weak-map', r);
			} else if (slots.kind === 'boxed') {
				base = getBoxedBase(ctx, slots.primitive, keys, constructor, tag);
				if (noEntries()) return base;
			} else {
				if (noEntries()) return `${getCtxStyle(ctx, value, constructor, tag)}{}`;
				braces[0] = `${getCtxStyle(ctx, value, constructor, tag)}{`;
			}
		}
	}

	if (isBeyondDepth(ctx, recurseTimes)) {
		const constructorName = getCtxStyle(ctx, value, constructor, tag).slice(0, -1);
		return constructor !== null ? `[${constructorName}]` : constructorName;
	}
	recurseTimes += 1;
	ctx.seen.push(value);
	ctx.currentDepth = recurseTimes;
	const output = formatter(ctx, value, recurseTimes);
	for (const key of keys) {
		output.push(formatProperty(ctx, value, recurseTimes, key, extrasType));
	}
	if (protoProps !== undefined) output.push(...protoProps);

	const index = ctx.circular?.get(value);
	if (index !== undefined) {
		const reference = `<ref *${index}>`;
		if (ctx.compact !== true) {
			base = base === '' ? reference : `${reference} ${base}`;
		} else {
			braces[0] = `${reference} ${braces[0]}`;
		}
	}
	ctx.seen.pop();

	if (ctx.sorted) {
		if (extrasType === kObjectType) {
			output.sort();
		} else if (keys.length > 1) {
			const sorted = output.slice(output.length - keys.length).sort();
			output.splice(output.length - keys.length, keys.length, ...sorted);
		}
	}

	const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
	// Past 2 ** 27 characters at one indentation level, further values print at minimal depth.
	const newLength = (ctx.budget[ctx.indentationLvl] ?? 0) + res.length;
	ctx.budget[ctx.indentationLvl] = newLength;
	if (newLength > 2 ** 27) ctx.depth = -1;
	return res;
}
