// formatProperty from Node 20 lib/internal/util/inspect.js (without the `getters` option).
import {type ExtrasType, kArrayType, kObjectType} from './extras-type.js';
import {formatValue} from './format-value.js';
import type {OwnProperty} from './inspect-host.js';
import type {InspectContext} from './inspect-options.js';
import {escapeFn, strEscape, strEscapeSequencesReplacer} from './str-escape.js';
import {getStringWidth} from './string-width.js';

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

/** One entry: `key: value` for objects, the bare value for array elements. */
export function formatProperty(ctx: InspectContext, value: unknown, recurseTimes: number, key: unknown, type: ExtrasType, desc?: OwnProperty): string {
	const {host} = ctx;
	let str: string;
	let extra = ' ';
	desc ??= host.getOwnProperty(value, key) ?? {kind: 'data', value: host.get(value, key), enumerable: true};
	if (desc.kind === 'data' && desc.value !== undefined) {
		const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
		ctx.indentationLvl += diff;
		str = formatValue(ctx, desc.value, recurseTimes);
		if (diff === 3 && ctx.breakLength < getStringWidth(str)) {
			extra = `\n${' '.repeat(ctx.indentationLvl)}`;
		}
		ctx.indentationLvl -= diff;
	} else if (desc.kind === 'accessor' && desc.hasGetter) {
		str = desc.hasSetter ? '[Getter/Setter]' : '[Getter]';
	} else if (desc.kind === 'accessor' && desc.hasSetter) {
		str = '[Setter]';
	} else {
		str = 'undefined';
	}
	if (type === kArrayType) return str;

	let name: string;
	if (typeof key !== 'string') {
		name = `[${host.symbolToString(key).replace(strEscapeSequencesReplacer, escapeFn)}]`;
	} else if (key === '__proto__') {
		name = "['__proto__']";
	} else if (!desc.enumerable) {
		name = `[${key.replace(strEscapeSequencesReplacer, escapeFn)}]`;
	} else if (keyStrRegExp.test(key)) {
		name = key;
	} else {
		name = strEscape(key);
	}
	return `${name}:${extra}${str}`;
}
