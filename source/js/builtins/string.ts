import {surroundingAgent} from '../runtime/agent.js';
import {throwError, throwTypeError} from '../runtime/errors.js';
import {JSArray} from '../values/js-array.js';
import {JSFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import {call, createArray, get, prototypeFromConstructor} from '../values/object-operations.js';
import {toIntegerOrInfinity, toNumber, toString} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {arg, defineConstructor, defineMethod} from './define.js';
import {createHostIterator} from './iterators/host-iterator.js';

/** A surrogate code unit without its pair (§6.1.4): what isWellFormed looks for. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
import {matchToArray, regExpData} from './regexp.js';

function thisString(value: Value, method: string): string {
	if (typeof value === 'string') return value;
	if (value === undefined || value === null) throwTypeError(`String.prototype.${method} called on null or undefined`);
	return toString(value);
}

function optionalNumber(value: Value): number | undefined {
	return value === undefined ? undefined : toIntegerOrInfinity(value);
}

/** A replacement for String.prototype.replace: a string with $-patterns, or a function called per match. */
function replacer(replacement: Value): string | ((...parts: unknown[]) => string) {
	if (replacement instanceof JSFunction) return (...parts: unknown[]) => toString(call(replacement, undefined, parts as Value[]));
	return toString(replacement);
}

/** String and String.prototype (§22.1). */
export function installString(global: JSObject): void {
	const realm = surroundingAgent.realm;
	const proto = new JSArray(realm.objectPrototype, []);
	proto.className = 'String';
	proto.internal = {primitive: ''};
	proto.frozen = true;
	realm.stringPrototype = proto;
	const String_ = defineConstructor(
		global,
		'String',
		1,
		(_this, args, newTarget) => {
			const first = arg(args, 0);
			const value = args.length === 0 ? '' : !newTarget && typeof first === 'symbol' ? first.toString() : toString(first);
			if (!newTarget) return value;
			const wrapper = new JSArray(prototypeFromConstructor(newTarget, proto), [...value]);
			wrapper.className = 'String';
			wrapper.frozen = true;
			wrapper.internal = {primitive: value};
			return wrapper;
		},
		proto,
	);
	defineMethod(String_, 'fromCharCode', 1, (_this, args) => String.fromCharCode(...args.map(toNumber)));
	defineMethod(String_, 'fromCodePoint', 1, (_this, args) => String.fromCodePoint(...args.map(toNumber)));
	defineMethod(String_, 'raw', 1, (_this, args) => {
		const raw = get(arg(args, 0) as JSObject, 'raw');
		const parts = raw instanceof JSArray ? raw.items.map(item => toString(item)) : [];
		return parts.map((part, i) => part + (i + 1 < parts.length && i + 1 < args.length ? toString(args[i + 1]) : '')).join('');
	});

	const method = (name: string, length: number, impl: (s: string, args: Value[]) => Value) => defineMethod(proto, name, length, (self, args) => impl(thisString(self, name), args));
	method('toString', 0, s => s);
	method('valueOf', 0, s => s);
	method('charAt', 1, (s, a) => s.charAt(toIntegerOrInfinity(arg(a, 0))));
	method('charCodeAt', 1, (s, a) => s.charCodeAt(toIntegerOrInfinity(arg(a, 0))));
	method('codePointAt', 1, (s, a) => s.codePointAt(toIntegerOrInfinity(arg(a, 0))));
	method('at', 1, (s, a) => s.at(toIntegerOrInfinity(arg(a, 0))));
	method('isWellFormed', 0, s => !loneSurrogate.test(s));
	method('toWellFormed', 0, s => s.replace(new RegExp(loneSurrogate.source, 'g'), '\uFFFD'));
	method('indexOf', 1, (s, a) => s.indexOf(toString(arg(a, 0)), optionalNumber(arg(a, 1))));
	method('lastIndexOf', 1, (s, a) => s.lastIndexOf(toString(arg(a, 0)), arg(a, 1) === undefined ? undefined : toNumber(arg(a, 1))));
	method('includes', 1, (s, a) => {
		if (regExpData(arg(a, 0))) throwTypeError('First argument to String.prototype.includes must not be a regular expression');
		return s.includes(toString(arg(a, 0)), optionalNumber(arg(a, 1)));
	});
	method('startsWith', 1, (s, a) => s.startsWith(toString(arg(a, 0)), optionalNumber(arg(a, 1))));
	method('endsWith', 1, (s, a) => s.endsWith(toString(arg(a, 0)), optionalNumber(arg(a, 1))));
	method('slice', 2, (s, a) => s.slice(optionalNumber(arg(a, 0)), optionalNumber(arg(a, 1))));
	method('substring', 2, (s, a) => s.substring(toIntegerOrInfinity(arg(a, 0)), optionalNumber(arg(a, 1))));
	method('substr', 2, (s, a) => s.substr(toIntegerOrInfinity(arg(a, 0)), optionalNumber(arg(a, 1))));
	method('toUpperCase', 0, s => s.toUpperCase());
	method('toLowerCase', 0, s => s.toLowerCase());
	method('toLocaleUpperCase', 0, s => s.toUpperCase());
	method('toLocaleLowerCase', 0, s => s.toLowerCase());
	method('trim', 0, s => s.trim());
	method('trimStart', 0, s => s.trimStart());
	method('trimEnd', 0, s => s.trimEnd());
	method('padStart', 2, (s, a) => s.padStart(toIntegerOrInfinity(arg(a, 0)), arg(a, 1) === undefined ? undefined : toString(arg(a, 1))));
	method('padEnd', 2, (s, a) => s.padEnd(toIntegerOrInfinity(arg(a, 0)), arg(a, 1) === undefined ? undefined : toString(arg(a, 1))));
	method('repeat', 1, (s, a) => {
		const count = toIntegerOrInfinity(arg(a, 0));
		if (count < 0 || count === Infinity) throwError('RangeError', `Invalid count value: ${count}`);
		return s.repeat(count);
	});
	method('concat', 1, (s, a) => s + a.map(toString).join(''));
	method('localeCompare', 1, (s, a) => s.localeCompare(toString(arg(a, 0))));
	method('normalize', 0, (s, a) => s.normalize(arg(a, 0) === undefined ? undefined : toString(arg(a, 0))));
	method('split', 2, (s, a) => {
		const separator = arg(a, 0);
		const limit = arg(a, 1) === undefined ? undefined : toNumber(arg(a, 1));
		if (separator === undefined) return createArray([s]);
		const regexp = regExpData(separator);
		return createArray(s.split(regexp ? regexp.matcher : toString(separator), limit));
	});
	method('replace', 2, (s, a) => {
		const pattern = arg(a, 0);
		const regexp = regExpData(pattern);
		if (regexp) {
			regexp.matcher.lastIndex = 0;
			return s.replace(regexp.matcher, replacer(arg(a, 1)) as string);
		}
		return s.replace(toString(pattern), replacer(arg(a, 1)) as string);
	});
	method('replaceAll', 2, (s, a) => {
		const pattern = arg(a, 0);
		const regexp = regExpData(pattern);
		if (regexp && !regexp.flags.includes('g')) throwTypeError('replaceAll must be called with a global RegExp');
		return s.replaceAll(regexp ? regexp.matcher : toString(pattern), replacer(arg(a, 1)) as string);
	});
	method('match', 1, (s, a) => {
		const regexp = regExpData(arg(a, 0));
		const matcher = regexp ? regexp.matcher : new RegExp(toString(arg(a, 0)));
		matcher.lastIndex = 0;
		if (matcher.global) {
			const all = s.match(matcher);
			return all ? createArray(all) : null;
		}
		const match = matcher.exec(s);
		return match ? matchToArray(match) : null;
	});
	method('matchAll', 1, (s, a) => {
		const regexp = regExpData(arg(a, 0));
		if (!regexp || !regexp.flags.includes('g')) throwTypeError('String.prototype.matchAll called with a non-global RegExp argument');
		const matches = [...s.matchAll(new RegExp(regexp.source, regexp.flags))].map(match => matchToArray(match as RegExpExecArray) as Value);
		return createHostIterator('RegExp String Iterator', matches.values());
	});
	method('search', 1, (s, a) => {
		const regexp = regExpData(arg(a, 0));
		return s.search(regexp ? regexp.matcher : toString(arg(a, 0)));
	});
	const iterator = method('[Symbol.iterator]', 0, s => createHostIterator('String Iterator', [...s].values()));
	proto.props.delete('[Symbol.iterator]');
	proto.put(Symbol.iterator, iterator, 5);
	realm.stringIterator = iterator;
}
