import {surroundingAgent} from '../runtime/agent.js';
import {throwError, throwTypeError} from '../runtime/errors.js';
import {JSObject} from '../values/js-object.js';
import {createArray, prototypeFromConstructor} from '../values/object-operations.js';
import {Property, writable} from '../values/property.js';
import {toString} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {arg, defineConstructor, defineGetter, defineMethod} from './define.js';

/** [[OriginalSource]] / [[OriginalFlags]] plus the host RegExp that does the matching. */
export interface RegExpData {
	readonly source: string;
	readonly flags: string;
	readonly matcher: RegExp;
}

export function createRegExp(pattern: string, flags: string, proto?: JSObject): JSObject {
	let matcher: RegExp;
	try {
		matcher = new RegExp(pattern, flags);
	} catch (error) {
		throwError('SyntaxError', (error as Error).message);
	}
	const object = new JSObject(proto ?? surroundingAgent.realm.regExpPrototype);
	object.className = 'RegExp';
	object.internal = {source: matcher.source, flags: matcher.flags, matcher} satisfies RegExpData;
	object.defineOwn('lastIndex', new Property(0, writable));
	return object;
}

export function regExpData(value: Value): RegExpData | undefined {
	return value instanceof JSObject && value.className === 'RegExp' ? (value.internal as RegExpData) : undefined;
}

function thisRegExp(value: Value): RegExpData {
	const data = regExpData(value);
	if (!data) throwTypeError('RegExp method called on incompatible receiver');
	return data;
}

/** A host match result as the program's array with index/input/groups. */
export function matchToArray(match: RegExpExecArray): JSObject {
	const result = createArray(match.map(part => part as Value));
	result.put('index', match.index);
	result.put('input', match.input);
	result.put('groups', undefined);
	return result;
}

/** RegExp (§22.2): matching is delegated to a host RegExp built from the same source and flags. */
export function installRegExp(global: JSObject): void {
	const realm = surroundingAgent.realm;
	const proto = new JSObject(realm.objectPrototype);
	realm.regExpPrototype = proto;
	defineConstructor(
		global,
		'RegExp',
		2,
		(_this, args, newTarget) => {
			const pattern = arg(args, 0);
			const existing = regExpData(pattern);
			return createRegExp(existing ? existing.source : pattern === undefined ? '(?:)' : toString(pattern), arg(args, 1) === undefined ? (existing?.flags ?? '') : toString(arg(args, 1)), prototypeFromConstructor(newTarget, proto));
		},
		proto,
	);
	const sync = (self: Value, run: (matcher: RegExp) => Value): Value => {
		const data = thisRegExp(self);
		const object = self as JSObject;
		data.matcher.lastIndex = Number(object.getOwn('lastIndex')?.value ?? 0);
		const result = run(data.matcher);
		object.defineOwn('lastIndex', new Property(data.matcher.lastIndex, writable));
		return result;
	};
	defineMethod(proto, 'test', 1, (self, args) => sync(self, matcher => matcher.test(toString(arg(args, 0)))));
	defineMethod(proto, 'exec', 1, (self, args) =>
		sync(self, matcher => {
			const match = matcher.exec(toString(arg(args, 0)));
			return match ? matchToArray(match) : null;
		}),
	);
	defineMethod(proto, 'toString', 0, self => {
		const data = thisRegExp(self);
		return `/${data.source}/${data.flags}`;
	});
	defineGetter(proto, 'source', self => thisRegExp(self).source);
	defineGetter(proto, 'flags', self => thisRegExp(self).flags);
	defineGetter(proto, 'global', self => thisRegExp(self).flags.includes('g'));
}
