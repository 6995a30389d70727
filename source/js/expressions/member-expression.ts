import type {Expression, MemberExpression, PrivateIdentifier} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator, SuspendableEvaluator} from '../compiler/compiled.js';
import type {Environment} from '../runtime/environment.js';
import {throwTypeError} from '../runtime/errors.js';
import type {UserFunction} from '../runtime/user-function.js';
import {JSArray} from '../values/js-array.js';
import {JSObject} from '../values/js-object.js';
import {call, get, getV, putV, set} from '../values/object-operations.js';
import {toPropertyKey} from '../values/type-conversion.js';
import type {PropertyKey, Value} from '../values/value.js';
import {functionSlots} from './function-context.js';
import {privateNameFor} from './private-names.js';
import {shortCircuit} from './short-circuit.js';

/** Property access with the array-index fast path (§13.3.2 EvaluatePropertyAccessWith...). */
export function memberGet(base: Value, key: Value): Value {
	if (typeof key === 'number' && base instanceof JSArray) {
		const items = base.items;
		if (key >= 0 && key < items.length && (key | 0) === key && key in items) return items[key];
	}
	return getV(base, toPropertyKey(key));
}

export function memberSet(base: Value, key: Value, value: Value, strict: boolean): void {
	if (typeof key === 'number' && base instanceof JSArray && !base.frozen && (key | 0) === key && key >= 0 && key <= base.items.length) {
		base.items[key] = value;
		return;
	}
	putV(base, toPropertyKey(key), value, strict);
}

export function privateGet(base: Value, key: symbol): Value {
	const property = base instanceof JSObject ? base.privateElements?.get(key) : undefined;
	if (!property) throwTypeError(`Cannot read private member #${key.description} from an object whose class did not declare it`);
	if (property.isAccessor) return property.getter ? call(property.getter, base, []) : undefined;
	return property.value;
}

export function privateSet(base: Value, key: symbol, value: Value): void {
	const property = base instanceof JSObject ? base.privateElements?.get(key) : undefined;
	if (!property) throwTypeError(`Cannot write private member #${key.description} to an object whose class did not declare it`);
	if (property.isAccessor) {
		if (!property.setter) throwTypeError(`'#${key.description}' was defined without a setter`);
		call(property.setter, base, [value]);
		return;
	}
	property.value = value;
}

/** A compiled `obj.key` / `obj[key]` / `obj.#key` / `super.key` split into base and key, for calls and assignment. */
export interface MemberParts {
	readonly base: Evaluator;
	readonly suspendableBase?: SuspendableEvaluator;
	/** Static key, or evaluated key. */
	readonly key: PropertyKey | Evaluator;
	readonly suspendableKey?: SuspendableEvaluator;
	readonly privateKey?: symbol;
	readonly optional: boolean;
	/** For `super.key`: the object the lookup starts at, with `this` as receiver. */
	readonly superLookup?: (env: Environment) => JSObject | null;
}

export function compileMemberParts(c: Compiler, node: MemberExpression, suspendable = false): MemberParts {
	const optional = node.optional;
	if (node.object.type === 'Super') {
		const slots = functionSlots(c);
		const key = node.computed ? c.expression(node.property as Expression) : (node.property as {name: string}).name;
		return {
			base: env => slots.environment(env).vars[slots.thisSlot],
			key,
			optional: false,
			superLookup: env => {
				const fn = slots.environment(env).vars[slots.functionSlot] as UserFunction;
				return fn.homeObject?.proto ?? null;
			},
		};
	}
	const object = node.object as Expression;
	const base = c.expression(object);
	const suspendableBase = suspendable && c.suspends(object) ? c.suspendableExpression(object) : undefined;
	if (node.property.type === 'PrivateIdentifier') {
		return {base, suspendableBase, key: '', privateKey: privateNameFor(c, node.property as PrivateIdentifier), optional};
	}
	if (!node.computed) return {base, suspendableBase, key: (node.property as {name: string}).name, optional};
	const property = node.property as Expression;
	return {base, suspendableBase, key: c.expression(property), suspendableKey: suspendable && c.suspends(property) ? c.suspendableExpression(property) : undefined, optional};
}

/** Reads the property once base and key are known. */
export function readMember(parts: MemberParts, env: Environment, base: Value, key: Value): Value {
	if (parts.privateKey) return privateGet(base, parts.privateKey);
	if (parts.superLookup) {
		const start = parts.superLookup(env);
		return start ? get(start, toPropertyKey(key), base) : undefined;
	}
	return typeof key === 'string' ? getV(base, key) : memberGet(base, key);
}

export function writeMember(parts: MemberParts, env: Environment, base: Value, key: Value, value: Value, strict: boolean): void {
	if (parts.privateKey) {
		privateSet(base, parts.privateKey, value);
		return;
	}
	if (parts.superLookup) {
		const start = parts.superLookup(env);
		if (start) set(start, toPropertyKey(key), value, base, strict);
		return;
	}
	memberSet(base, key, value, strict);
}

/** Evaluates the key of member parts (static or computed). */
export function memberKey(parts: MemberParts, env: Environment): Value {
	return typeof parts.key === 'function' ? parts.key(env) : parts.key;
}

export function compileMemberExpression(c: Compiler, node: MemberExpression): Evaluator {
	const parts = compileMemberParts(c, node);
	const {base, optional} = parts;
	if (!parts.privateKey && !parts.superLookup && typeof parts.key === 'string') {
		const name = parts.key;
		return env => {
			const object = base(env);
			if (object instanceof JSObject) return get(object, name);
			if (optional && (object === undefined || object === null)) throw shortCircuit;
			return getV(object, name);
		};
	}
	return env => {
		const object = base(env);
		if (optional && (object === undefined || object === null)) throw shortCircuit;
		return readMember(parts, env, object, memberKey(parts, env));
	};
}

export function compileSuspendableMemberExpression(c: Compiler, node: MemberExpression): SuspendableEvaluator {
	const parts = compileMemberParts(c, node, true);
	return function* (env) {
		const object = parts.suspendableBase ? yield* parts.suspendableBase(env) : parts.base(env);
		if (parts.optional && (object === undefined || object === null)) throw shortCircuit;
		const key = parts.suspendableKey ? yield* parts.suspendableKey(env) : memberKey(parts, env);
		return readMember(parts, env, object, key);
	};
}
