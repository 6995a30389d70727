import type {BinaryExpression, ConditionalExpression, Expression, LogicalExpression, PrivateIdentifier, SequenceExpression, UnaryExpression} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator, SuspendableEvaluator} from '../compiler/compiled.js';
import {throwTypeError} from '../runtime/errors.js';
import {binaryOperators} from '../values/binary-operators.js';
import {JSFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import {toNumeric, toBoolean, toObject, toPropertyKey} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {nameAccess} from './identifier.js';
import {privateNameFor} from './private-names.js';

/** typeof (§13.5.3). */
export function typeOf(value: Value): string {
	if (value === null) return 'object';
	if (value instanceof JSObject) return value instanceof JSFunction ? 'function' : 'object';
	return typeof value;
}

/** Unary operators (§13.5). */
export function compileUnaryExpression(c: Compiler, node: UnaryExpression): Evaluator {
	const argument = node.argument;
	switch (node.operator) {
		case 'typeof': {
			const read = argument.type === 'Identifier' ? nameAccess(c, argument.name).getForTypeof : c.expression(argument);
			return env => typeOf(read(env));
		}
		case 'delete':
			return compileDelete(c, argument);
		default: {
			const operand = c.expression(argument);
			const apply = unaryOperator(node.operator);
			return env => apply(operand(env));
		}
	}
}

export function compileSuspendableUnaryExpression(c: Compiler, node: UnaryExpression): SuspendableEvaluator {
	if (node.operator === 'delete') c.unsupported(node, 'await inside delete');
	const operand = c.suspendableExpression(node.argument);
	const apply = node.operator === 'typeof' ? typeOf : unaryOperator(node.operator);
	return function* (env) {
		return apply(yield* operand(env));
	};
}

function unaryOperator(operator: UnaryExpression['operator']): (value: Value) => Value {
	switch (operator) {
		case '!':
			return value => !toBoolean(value);
		case '-':
			return value => (typeof value === 'number' ? -value : -toNumeric(value));
		case '+':
			return value => (typeof value === 'number' ? value : typeof value === 'bigint' ? throwTypeError('Cannot convert a BigInt value to a number') : toNumeric(value));
		case '~':
			return value => {
				const numeric = toNumeric(value);
				return typeof numeric === 'bigint' ? ~numeric : ~numeric;
			};
		case 'void':
			return () => undefined;
		default:
			return value => value;
	}
}

function compileDelete(c: Compiler, argument: Expression): Evaluator {
	if (argument.type === 'ChainExpression') argument = argument.expression as Expression;
	if (argument.type !== 'MemberExpression') {
		const evaluate = c.expression(argument);
		return env => (evaluate(env), true);
	}
	const object = c.expression(argument.object as Expression);
	const strict = c.fn.strict;
	const key = argument.computed ? c.expression(argument.property as Expression) : undefined;
	const name = argument.property.type === 'Identifier' ? argument.property.name : undefined;
	return env => {
		const base = toObject(object(env));
		const property = key ? toPropertyKey(key(env)) : name!;
		const deleted = base.deleteOwn(property);
		if (!deleted && strict) throwTypeError(`Cannot delete property '${String(property)}' of ${base.className === 'Array' ? '[object Array]' : '#<Object>'}`);
		return deleted;
	};
}

/** Binary operators (§13.6–§13.12), including `#x in obj`. */
export function compileBinaryExpression(c: Compiler, node: BinaryExpression): Evaluator {
	if (node.left.type === 'PrivateIdentifier') {
		const symbol = privateNameFor(c, node.left as PrivateIdentifier);
		const right = c.expression(node.right);
		return env => {
			const target = right(env);
			if (!(target instanceof JSObject)) throwTypeError("Cannot use 'in' operator to search for a private field in a non-object");
			return target.privateElements?.has(symbol) === true;
		};
	}
	const left = c.expression(node.left as Expression);
	const right = c.expression(node.right);
	const apply = binaryOperators[node.operator]!;
	switch (node.operator) {
		case '+':
			return env => {
				const a = left(env);
				const b = right(env);
				return typeof a === 'number' && typeof b === 'number' ? a + b : apply(a, b);
			};
		case '<':
			return env => {
				const a = left(env);
				const b = right(env);
				return typeof a === 'number' && typeof b === 'number' ? a < b : apply(a, b);
			};
		case '===':
			return env => left(env) === right(env);
		case '!==':
			return env => left(env) !== right(env);
		default:
			return env => apply(left(env), right(env));
	}
}

export function compileSuspendableBinaryExpression(c: Compiler, node: BinaryExpression): SuspendableEvaluator {
	const left = c.suspendableExpression(node.left as Expression);
	const right = c.suspendableExpression(node.right);
	const apply = binaryOperators[node.operator]!;
	return function* (env) {
		const a = yield* left(env);
		return apply(a, yield* right(env));
	};
}

/** Binary logical operators (§13.13): short-circuit. */
export function compileLogicalExpression(c: Compiler, node: LogicalExpression): Evaluator {
	const left = c.expression(node.left);
	const right = c.expression(node.right);
	switch (node.operator) {
		case '&&':
			return env => {
				const value = left(env);
				return toBoolean(value) ? right(env) : value;
			};
		case '||':
			return env => {
				const value = left(env);
				return toBoolean(value) ? value : right(env);
			};
		default:
			return env => {
				const value = left(env);
				return value === undefined || value === null ? right(env) : value;
			};
	}
}

export function compileSuspendableLogicalExpression(c: Compiler, node: LogicalExpression): SuspendableEvaluator {
	const left = c.suspendableExpression(node.left);
	const right = c.suspendableExpression(node.right);
	const operator = node.operator;
	return function* (env) {
		const value = yield* left(env);
		const decided = operator === '&&' ? !toBoolean(value) : operator === '||' ? toBoolean(value) : value !== undefined && value !== null;
		return decided ? value : yield* right(env);
	};
}

/** ConditionalExpression (§13.14.1). */
export function compileConditionalExpression(c: Compiler, node: ConditionalExpression): Evaluator {
	const test = c.expression(node.test);
	const consequent = c.expression(node.consequent);
	const alternate = c.expression(node.alternate);
	return env => (toBoolean(test(env)) ? consequent(env) : alternate(env));
}

export function compileSuspendableConditionalExpression(c: Compiler, node: ConditionalExpression): SuspendableEvaluator {
	const test = c.suspendableExpression(node.test);
	const consequent = c.suspendableExpression(node.consequent);
	const alternate = c.suspendableExpression(node.alternate);
	return function* (env) {
		return toBoolean(yield* test(env)) ? yield* consequent(env) : yield* alternate(env);
	};
}

/** Comma operator (§13.16.1). */
export function compileSequenceExpression(c: Compiler, node: SequenceExpression): Evaluator {
	const expressions = node.expressions.map(expression => c.expression(expression));
	return env => {
		let value: Value;
		for (const expression of expressions) value = expression(env);
		return value;
	};
}

export function compileSuspendableSequenceExpression(c: Compiler, node: SequenceExpression): SuspendableEvaluator {
	const expressions = node.expressions.map(expression => c.suspendableExpression(expression));
	return function* (env) {
		let value: Value;
		for (const expression of expressions) value = yield* expression(env);
		return value;
	};
}

