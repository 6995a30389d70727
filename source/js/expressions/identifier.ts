import type {Identifier} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator} from '../compiler/compiled.js';
import type {ResolvedBinding} from '../compiler/scope.js';
import {surroundingAgent} from '../runtime/agent.js';
import type {Environment} from '../runtime/environment.js';
import {throwError, throwTypeError} from '../runtime/errors.js';
import {get, hasProperty, set} from '../values/object-operations.js';
import {uninitialized, type Value} from '../values/value.js';

/** Reads, writes and initialises one name, resolved at compile time (§9.1.2.1 ResolveBinding). */
export interface NameAccess {
	readonly get: Evaluator;
	/** PutValue: assignment, with TDZ and const checks. */
	readonly set: (env: Environment, value: Value) => void;
	/** InitializeReferencedBinding: the declaration itself. */
	readonly init: (env: Environment, value: Value) => void;
	/** `typeof name` does not throw for an undeclared global. */
	readonly getForTypeof: Evaluator;
}

export function compileIdentifier(c: Compiler, node: Identifier): Evaluator {
	return nameAccess(c, node.name).get;
}

function environmentAt(env: Environment, hops: number): Environment {
	let e = env;
	for (let i = 0; i < hops; i++) e = e.parent!;
	return e;
}

function tdzError(name: string): never {
	throwError('ReferenceError', `Cannot access '${name}' before initialization`);
}

export function nameAccess(c: Compiler, name: string): NameAccess {
	const binding = c.scope.resolve(name);
	if (binding === undefined) return globalAccess(name, c.fn.strict);
	return bindingAccess(binding, name);
}

function bindingAccess(binding: ResolvedBinding, name: string): NameAccess {
	const {hops, slot, kind} = binding;
	const checked = kind === 'let' || kind === 'const' || kind === 'class';
	const readOnly = kind === 'const' || kind === 'callee';
	let get: Evaluator;
	if (!checked) {
		get = hops === 0 ? env => env.vars[slot] : hops === 1 ? env => env.parent!.vars[slot] : env => environmentAt(env, hops).vars[slot];
	} else if (hops === 0) {
		get = env => {
			const value = env.vars[slot];
			if (value === uninitialized) tdzError(name);
			return value;
		};
	} else {
		get = env => {
			const value = environmentAt(env, hops).vars[slot];
			if (value === uninitialized) tdzError(name);
			return value;
		};
	}
	const init = (env: Environment, value: Value): void => {
		environmentAt(env, hops).vars[slot] = value;
	};
	let assign: (env: Environment, value: Value) => void;
	if (readOnly) {
		assign = env => {
			if (checked && environmentAt(env, hops).vars[slot] === uninitialized) tdzError(name);
			if (kind === 'const') throwTypeError('Assignment to constant variable.');
		};
	} else if (checked) {
		assign = (env, value) => {
			const target = environmentAt(env, hops);
			if (target.vars[slot] === uninitialized) tdzError(name);
			target.vars[slot] = value;
		};
	} else {
		assign = hops === 0 ? (env, value) => void (env.vars[slot] = value) : init;
	}
	return {get, set: assign, init, getForTypeof: get};
}

function globalAccess(name: string, strict: boolean): NameAccess {
	const read = (): Value => {
		const global = surroundingAgent.realm.globalObject;
		const property = global.props.get(name);
		if (property !== undefined && !property.isAccessor) return property.value;
		if (!hasProperty(global, name)) throwError('ReferenceError', `${name} is not defined`);
		return get(global, name);
	};
	const write = (_env: Environment, value: Value): void => {
		const global = surroundingAgent.realm.globalObject;
		if (strict && !hasProperty(global, name)) throwError('ReferenceError', `${name} is not defined`);
		set(global, name, value, global, strict);
	};
	return {
		get: read,
		set: write,
		init: write,
		getForTypeof: () => {
			const global = surroundingAgent.realm.globalObject;
			return hasProperty(global, name) ? get(global, name) : undefined;
		},
	};
}
