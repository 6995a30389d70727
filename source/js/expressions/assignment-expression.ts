import type {AssignmentExpression, Expression, MemberExpression, Pattern, UpdateExpression} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator, SuspendableEvaluator} from '../compiler/compiled.js';
import {compilePatternBinder} from '../compiler/compile-pattern.js';
import type {Environment} from '../runtime/environment.js';
import {binaryOperators} from '../values/binary-operators.js';
import {toBoolean, toNumeric} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {nameAccess} from './identifier.js';
import {compileMemberParts, memberKey, readMember, writeMember} from './member-expression.js';
import {compileInitializer} from './named-evaluation.js';

type Combine = (env: Environment, current: Value, right: Evaluator) => Value;

/** How `op=` turns the current value and the right side into the new value; undefined means "keep". */
function combiner(operator: AssignmentExpression['operator']): Combine | undefined {
	if (operator === '=') return undefined;
	if (operator === '&&=') return (env, current, right) => (toBoolean(current) ? right(env) : keep);
	if (operator === '||=') return (env, current, right) => (toBoolean(current) ? keep : right(env));
	if (operator === '??=') return (env, current, right) => (current === undefined || current === null ? right(env) : keep);
	const apply = binaryOperators[operator.slice(0, -1)]!;
	return (env, current, right) => apply(current, right(env));
}

/** Marks a logical assignment that short-circuits: nothing is written. */
const keep: unique symbol = Symbol('keep');

/** AssignmentExpression (§13.15.2). */
export function compileAssignmentExpression(c: Compiler, node: AssignmentExpression): Evaluator {
	const target = node.left;
	const combine = combiner(node.operator);
	if (target.type === 'Identifier') {
		const access = nameAccess(c, target.name);
		const right = compileInitializer(c, node.right, target.name);
		if (!combine) {
			const assign = access.set;
			return env => {
				const value = right(env);
				assign(env, value);
				return value;
			};
		}
		if (node.operator === '+=') {
			const add = binaryOperators['+']!;
			return env => {
				const current = access.get(env);
				const r = right(env);
				const value = typeof current === 'number' && typeof r === 'number' ? current + r : add(current, r);
				access.set(env, value);
				return value;
			};
		}
		return env => {
			const value = combine(env, access.get(env), right);
			if (value === keep) return access.get(env);
			access.set(env, value);
			return value;
		};
	}
	if (target.type === 'MemberExpression') {
		const parts = compileMemberParts(c, target as MemberExpression);
		const right = c.expression(node.right);
		const strict = c.fn.strict;
		return env => {
			const base = parts.base(env);
			const key = memberKey(parts, env);
			if (!combine) {
				const value = right(env);
				writeMember(parts, env, base, key, value, strict);
				return value;
			}
			const current = readMember(parts, env, base, key);
			const value = combine(env, current, right);
			if (value === keep) return current;
			writeMember(parts, env, base, key, value, strict);
			return value;
		};
	}
	const bind = compilePatternBinder(c, target as Pattern, 'assign');
	const right = c.expression(node.right);
	return env => {
		const value = right(env);
		bind(env, value);
		return value;
	};
}

export function compileSuspendableAssignmentExpression(c: Compiler, node: AssignmentExpression): SuspendableEvaluator {
	const target = node.left;
	const right = c.suspendableExpression(node.right);
	const operator = node.operator;
	const apply = operator === '=' || operator.length === 3 && operator.endsWith('?=') ? undefined : binaryOperators[operator.slice(0, -1)];
	if (operator === '&&=' || operator === '||=' || operator === '??=') c.unsupported(node, 'await inside a logical assignment');
	if (target.type === 'Identifier') {
		const access = nameAccess(c, target.name);
		return function* (env) {
			const current = apply ? access.get(env) : undefined;
			const r = yield* right(env);
			const value = apply ? apply(current, r) : r;
			access.set(env, value);
			return value;
		};
	}
	if (target.type === 'MemberExpression') {
		const parts = compileMemberParts(c, target as MemberExpression, true);
		const strict = c.fn.strict;
		return function* (env) {
			const base = parts.suspendableBase ? yield* parts.suspendableBase(env) : parts.base(env);
			const key = parts.suspendableKey ? yield* parts.suspendableKey(env) : memberKey(parts, env);
			const current = apply ? readMember(parts, env, base, key) : undefined;
			const r = yield* right(env);
			const value = apply ? apply(current, r) : r;
			writeMember(parts, env, base, key, value, strict);
			return value;
		};
	}
	const bind = compilePatternBinder(c, target as Pattern, 'assign');
	return function* (env) {
		const value = yield* right(env);
		bind(env, value);
		return value;
	};
}

function increment(value: Value, delta: 1 | -1): {old: number | bigint; next: number | bigint} {
	const old = typeof value === 'number' ? value : toNumeric(value);
	return {old, next: typeof old === 'bigint' ? old + BigInt(delta) : old + delta};
}

/** Postfix and prefix increment and decrement (§13.4). */
export function compileUpdateExpression(c: Compiler, node: UpdateExpression): Evaluator {
	const delta = node.operator === '++' ? 1 : -1;
	const prefix = node.prefix;
	const argument = node.argument as Expression;
	if (argument.type === 'Identifier') {
		const access = nameAccess(c, argument.name);
		return env => {
			const current = access.get(env);
			if (typeof current === 'number') {
				const next = current + delta;
				access.set(env, next);
				return prefix ? next : current;
			}
			const {old, next} = increment(current, delta);
			access.set(env, next);
			return prefix ? next : old;
		};
	}
	const parts = compileMemberParts(c, argument as MemberExpression);
	const strict = c.fn.strict;
	return env => {
		const base = parts.base(env);
		const key = memberKey(parts, env);
		const {old, next} = increment(readMember(parts, env, base, key), delta);
		writeMember(parts, env, base, key, next, strict);
		return prefix ? next : old;
	};
}
