import type {Expression, Node, PrivateIdentifier} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Environment} from '../runtime/environment.js';
import {toPropertyKey} from '../values/type-conversion.js';
import type {PropertyKey} from '../values/value.js';

/** A property name known at compile time, or evaluated (computed keys). */
export type CompiledKey = PropertyKey | ((env: Environment) => PropertyKey);

/** PropertyName evaluation (§13.2.5.4 ... ComputedPropertyName). */
export function compilePropertyKey(c: Compiler, key: Expression | PrivateIdentifier, computed: boolean): CompiledKey {
	if (computed) {
		const evaluate = c.expression(key);
		return env => toPropertyKey(evaluate(env));
	}
	if (key.type === 'Identifier') return key.name;
	if (key.type === 'Literal') return String((key as {value: unknown}).value);
	return (key as Node & {name: string}).name;
}

export function resolveKey(key: CompiledKey, env: Environment): PropertyKey {
	return typeof key === 'function' ? key(env) : key;
}

/** The name a method or function gets from its key (§10.2.9 SetFunctionName). */
export function keyName(key: PropertyKey, prefix?: 'get' | 'set'): string {
	const base = typeof key === 'symbol' ? (key.description ? `[${key.description}]` : '') : key;
	return prefix ? `${prefix} ${base}` : base;
}
