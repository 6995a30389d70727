import type {CallExpression, Expression, MemberExpression, NewExpression, SpreadElement} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator, SuspendableEvaluator} from '../compiler/compiled.js';
import type {Environment} from '../runtime/environment.js';
import {throwError, throwTypeError} from '../runtime/errors.js';
import {initializeInstanceElements, type UserFunction} from '../runtime/user-function.js';
import type {SuspendableBody} from '../runtime/suspension.js';
import {JSFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import {iterableToList} from '../values/iterator-operations.js';
import {construct} from '../values/object-operations.js';
import {uninitialized, type Value} from '../values/value.js';
import {functionSlots} from './function-context.js';
import {compileMemberParts, memberKey, readMember} from './member-expression.js';
import {shortCircuit} from './short-circuit.js';
import {shorten} from '../compiler/source-text.js';

type ArgumentList = (env: Environment) => Value[];
type SuspendableArgumentList = (env: Environment) => SuspendableBody<Value[]>;

/** ArgumentListEvaluation (§13.3.8.1), spreading iterables. */
export function compileArguments(c: Compiler, args: readonly (Expression | SpreadElement)[]): ArgumentList {
	const parts = args.map(arg => (arg.type === 'SpreadElement' ? {spread: true, evaluate: c.expression(arg.argument)} : {spread: false, evaluate: c.expression(arg)}));
	if (parts.every(part => !part.spread)) {
		const evaluators = parts.map(part => part.evaluate);
		switch (evaluators.length) {
			case 0:
				return () => [];
			case 1: {
				const [a] = evaluators as [Evaluator];
				return env => [a(env)];
			}
			case 2: {
				const [a, b] = evaluators as [Evaluator, Evaluator];
				return env => [a(env), b(env)];
			}
			default:
				return env => evaluators.map(evaluate => evaluate(env));
		}
	}
	return env => {
		const values: Value[] = [];
		for (const part of parts) {
			if (part.spread) for (const item of iterableToList(part.evaluate(env))) values.push(item);
			else values.push(part.evaluate(env));
		}
		return values;
	};
}

function compileSuspendableArguments(c: Compiler, args: readonly (Expression | SpreadElement)[]): SuspendableArgumentList {
	const parts = args.map(arg =>
		arg.type === 'SpreadElement' ? {spread: true, evaluate: c.suspendableExpression(arg.argument)} : {spread: false, evaluate: c.suspendableExpression(arg)},
	);
	return function* (env) {
		const values: Value[] = [];
		for (const part of parts) {
			const value = yield* part.evaluate(env);
			if (part.spread) for (const item of iterableToList(value)) values.push(item);
			else values.push(value);
		}
		return values;
	};
}

function notCallable(text: string): never {
	throwTypeError(`${text} is not a function`);
}

/** The callee text V8 puts in "x is not a function". */
function calleeText(c: Compiler, callee: Expression): string {
	return shorten(c.text(callee), 80);
}

/** CallExpression (§13.3.6): method calls pass the base as `this`. */
export function compileCallExpression(c: Compiler, node: CallExpression): Evaluator {
	if (node.callee.type === 'Super') return compileSuperCall(c, node);
	const args = compileArguments(c, node.arguments);
	const text = calleeText(c, node.callee as Expression);
	const optional = node.optional;
	if (node.callee.type === 'MemberExpression') {
		const parts = compileMemberParts(c, node.callee as MemberExpression);
		return env => {
			const base = parts.base(env);
			if (parts.optional && (base === undefined || base === null)) throw shortCircuit;
			const fn = readMember(parts, env, base, memberKey(parts, env));
			if (optional && (fn === undefined || fn === null)) throw shortCircuit;
			if (!(fn instanceof JSFunction)) notCallable(text);
			return fn.callAs(base, args(env));
		};
	}
	const callee = c.expression(node.callee as Expression);
	return env => {
		const fn = callee(env);
		if (optional && (fn === undefined || fn === null)) throw shortCircuit;
		if (!(fn instanceof JSFunction)) notCallable(text);
		return fn.callAs(undefined, args(env));
	};
}

export function compileSuspendableCallExpression(c: Compiler, node: CallExpression): SuspendableEvaluator {
	if (node.callee.type === 'Super') c.unsupported(node, 'await inside super(...) arguments');
	const args = compileSuspendableArguments(c, node.arguments);
	const text = calleeText(c, node.callee as Expression);
	const optional = node.optional;
	if (node.callee.type === 'MemberExpression') {
		const parts = compileMemberParts(c, node.callee as MemberExpression, true);
		return function* (env) {
			const base = parts.suspendableBase ? yield* parts.suspendableBase(env) : parts.base(env);
			if (parts.optional && (base === undefined || base === null)) throw shortCircuit;
			const key = parts.suspendableKey ? yield* parts.suspendableKey(env) : memberKey(parts, env);
			const fn = readMember(parts, env, base, key);
			if (optional && (fn === undefined || fn === null)) throw shortCircuit;
			const values = yield* args(env);
			if (!(fn instanceof JSFunction)) notCallable(text);
			return fn.callAs(base, values);
		};
	}
	const callee = c.suspendableExpression(node.callee as Expression);
	return function* (env) {
		const fn = yield* callee(env);
		if (optional && (fn === undefined || fn === null)) throw shortCircuit;
		const values = yield* args(env);
		if (!(fn instanceof JSFunction)) notCallable(text);
		return fn.callAs(undefined, values);
	};
}

/** SuperCall (§13.3.7.1): construct the parent with this new.target, then bind `this` and fields. */
function compileSuperCall(c: Compiler, node: CallExpression): Evaluator {
	const args = compileArguments(c, node.arguments);
	const slots = functionSlots(c);
	return env => {
		const fnEnv = slots.environment(env);
		const active = fnEnv.vars[slots.functionSlot] as UserFunction;
		const parent = active.proto;
		if (!(parent instanceof JSFunction) || !parent.isConstructor) throwTypeError('Super constructor is not a constructor');
		const result = construct(parent, args(env), fnEnv.vars[slots.newTargetSlot] as JSObject);
		if (fnEnv.vars[slots.thisSlot] !== uninitialized) throwError('ReferenceError', 'Super constructor may only be called once');
		fnEnv.vars[slots.thisSlot] = result;
		if (result instanceof JSObject) initializeInstanceElements(result, active);
		return result;
	};
}

/** NewExpression (§13.3.5.1). */
export function compileNewExpression(c: Compiler, node: NewExpression): Evaluator {
	const callee = c.expression(node.callee as Expression);
	const args = compileArguments(c, node.arguments);
	const text = calleeText(c, node.callee as Expression);
	return env => {
		const constructor = callee(env);
		const values = args(env);
		if (!(constructor instanceof JSFunction) || !constructor.isConstructor) throwTypeError(`${text} is not a constructor`);
		return construct(constructor, values);
	};
}

export function compileSuspendableNewExpression(c: Compiler, node: NewExpression): SuspendableEvaluator {
	const callee = c.suspendableExpression(node.callee as Expression);
	const args = compileSuspendableArguments(c, node.arguments);
	const text = calleeText(c, node.callee as Expression);
	return function* (env) {
		const constructor = yield* callee(env);
		const values = yield* args(env);
		if (!(constructor instanceof JSFunction) || !constructor.isConstructor) throwTypeError(`${text} is not a constructor`);
		return construct(constructor, values);
	};
}
