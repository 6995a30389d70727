import {throwError, throwTypeError} from '../runtime/errors.js';
import {JSArray} from '../values/js-array.js';
import {JSFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import {call, createArray, createPlainObject, get, lengthOfArrayLike} from '../values/object-operations.js';
import {enumerable} from '../values/property.js';
import {toIntegerOrInfinity, toNumber, toString} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {arg, defineMethod, defineValue, plainObject} from './define.js';

/** JSON.stringify (§25.5.2) with replacer functions/arrays, indentation and toJSON. */
export function jsonStringify(value: Value, replacer: Value = undefined, space: Value = undefined): string | undefined {
	let gap = '';
	if (typeof space === 'number') gap = ' '.repeat(Math.min(10, Math.max(0, toIntegerOrInfinity(space))));
	else if (typeof space === 'string') gap = space.slice(0, 10);
	const replacerFunction = replacer instanceof JSFunction ? replacer : undefined;
	const allowList = replacer instanceof JSArray ? replacer.items.map(item => toString(item)) : undefined;
	const stack: JSObject[] = [];
	const serialize = (holder: JSObject, key: string, indent: string): string | undefined => {
		let current = get(holder, key);
		if (current instanceof JSObject) {
			const toJSON = get(current, 'toJSON');
			if (toJSON instanceof JSFunction) current = call(toJSON, current, [key]);
		}
		if (replacerFunction) current = call(replacerFunction, holder, [key, current]);
		if (current instanceof JSObject) {
			const boxed = (current.internal as {primitive?: Value} | undefined)?.primitive;
			if (boxed !== undefined && typeof boxed !== 'symbol') current = current.className === 'Number' ? toNumber(current) : current.className === 'String' ? toString(current) : boxed;
		}
		if (current === null) return 'null';
		if (current === true) return 'true';
		if (current === false) return 'false';
		if (typeof current === 'string') return JSON.stringify(current);
		if (typeof current === 'number') return Number.isFinite(current) ? String(current) : 'null';
		if (typeof current === 'bigint') throwTypeError('Do not know how to serialize a BigInt');
		if (!(current instanceof JSObject) || current instanceof JSFunction) return undefined;
		if (stack.includes(current)) throwTypeError('Converting circular structure to JSON');
		stack.push(current);
		const inner = indent + gap;
		let text: string;
		if (current instanceof JSArray && current.className === 'Array') {
			const parts: string[] = [];
			const length = lengthOfArrayLike(current);
			for (let i = 0; i < length; i++) parts.push(serialize(current, String(i), inner) ?? 'null');
			text = parts.length === 0 ? '[]' : gap ? `[\n${inner}${parts.join(`,\n${inner}`)}\n${indent}]` : `[${parts.join(',')}]`;
		} else {
			const parts: string[] = [];
			const keys = allowList ?? current.ownKeys().filter((k): k is string => typeof k === 'string' && ((current as JSObject).getOwn(k)!.flags & enumerable) !== 0);
			for (const k of keys) {
				const item = serialize(current, k, inner);
				if (item !== undefined) parts.push(`${JSON.stringify(k)}:${gap ? ' ' : ''}${item}`);
			}
			text = parts.length === 0 ? '{}' : gap ? `{\n${inner}${parts.join(`,\n${inner}`)}\n${indent}}` : `{${parts.join(',')}}`;
		}
		stack.pop();
		return text;
	};
	const wrapper = createPlainObject();
	wrapper.put('', value);
	return serialize(wrapper, '', '');
}

/** JSON.parse (§25.5.1): the host parser reads the text; the result is rebuilt as program values. */
function jsonParse(text: string, reviver: Value): Value {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		throwError('SyntaxError', (error as Error).message);
	}
	const convert = (value: unknown): Value => {
		if (Array.isArray(value)) return createArray(value.map(convert));
		if (value !== null && typeof value === 'object') {
			const object = createPlainObject();
			for (const [key, item] of Object.entries(value)) object.put(key, convert(item));
			return object;
		}
		return value as Value;
	};
	const result = convert(parsed);
	if (!(reviver instanceof JSFunction)) return result;
	const walk = (holder: JSObject, key: string): Value => {
		const current = get(holder, key);
		if (current instanceof JSObject) {
			const keys = current instanceof JSArray ? current.items.map((_, i) => String(i)) : current.ownKeys().filter((k): k is string => typeof k === 'string');
			for (const k of keys) {
				const revived = walk(current, k);
				if (revived === undefined) current.deleteOwn(k);
				else current.put(k, revived);
			}
		}
		return call(reviver, holder, [key, current]);
	};
	const root = createPlainObject();
	root.put('', result);
	return walk(root, '');
}

export function installJSON(global: JSObject): void {
	const json = plainObject();
	defineValue(json, Symbol.toStringTag, 'JSON', 4);
	defineMethod(json, 'stringify', 3, (_this, args) => jsonStringify(arg(args, 0), arg(args, 1), arg(args, 2)));
	defineMethod(json, 'parse', 2, (_this, args) => jsonParse(toString(arg(args, 0)), arg(args, 1)));
	defineValue(global, 'JSON', json);
}
