import type {Node, Pattern, MemberExpression, Property as PropertyNode, AssignmentProperty, Expression} from 'acorn';
import {throwTypeError} from '../runtime/errors.js';
import {createArray, createPlainObject, getV, putV} from '../values/object-operations.js';
import {enumerable} from '../values/property.js';
import {getIterator, iterationDone, iteratesAsArray, iteratorClose, iteratorCloseOnThrow, iteratorStepValue} from '../values/iterator-operations.js';
import {toObject, toPropertyKey} from '../values/type-conversion.js';
import type {PropertyKey, Value} from '../values/value.js';
import {nameAccess} from '../expressions/identifier.js';
import {isAnonymousFunctionDefinition, compileNamedEvaluation} from '../expressions/named-evaluation.js';
import {ThrowCompletion} from '../runtime/throw-completion.js';
import type {Binder, Evaluator} from './compiled.js';
import type {Compiler} from './compiler.js';

/**
 * BindingInitialization (§8.6.2) and DestructuringAssignmentEvaluation (§13.15.5) compiled into
 * one binder per pattern: `init` declares, `assign` assigns to existing references.
 */
export function compilePatternBinder(c: Compiler, pattern: Pattern | Node, mode: 'init' | 'assign'): Binder {
	if (c.suspends(pattern)) c.unsupported(pattern, 'await inside a destructuring pattern');
	switch (pattern.type) {
		case 'Identifier': {
			const access = nameAccess(c, (pattern as {name: string} & Node).name);
			return mode === 'init' ? access.init : access.set;
		}
		case 'MemberExpression':
			return memberBinder(c, pattern as MemberExpression);
		case 'AssignmentPattern': {
			const {left, right} = pattern as Extract<Pattern, {type: 'AssignmentPattern'}>;
			const target = compilePatternBinder(c, left, mode);
			const fallback: Evaluator =
				left.type === 'Identifier' && isAnonymousFunctionDefinition(right) ? compileNamedEvaluation(c, right, left.name) : c.expression(right);
			return (env, value) => target(env, value === undefined ? fallback(env) : value);
		}
		case 'ObjectPattern':
			return objectPatternBinder(c, pattern as Extract<Pattern, {type: 'ObjectPattern'}>, mode);
		case 'ArrayPattern':
			return arrayPatternBinder(c, pattern as Extract<Pattern, {type: 'ArrayPattern'}>, mode);
		case 'RestElement':
			return compilePatternBinder(c, (pattern as Extract<Pattern, {type: 'RestElement'}>).argument, mode);
		default:
			return c.unsupported(pattern, `the pattern ${pattern.type}`);
	}
}

function memberBinder(c: Compiler, node: MemberExpression): Binder {
	const object = c.expression(node.object as Expression);
	const strict = c.fn.strict;
	if (node.computed) {
		const property = c.expression(node.property as Expression);
		return (env, value) => putV(object(env), toPropertyKey(property(env)), value, strict);
	}
	const key = (node.property as {name: string} & Node).name;
	return (env, value) => putV(object(env), key, value, strict);
}

function objectPatternBinder(c: Compiler, pattern: Extract<Pattern, {type: 'ObjectPattern'}>, mode: 'init' | 'assign'): Binder {
	const steps = pattern.properties.map(property => {
		if (property.type === 'RestElement') {
			return {rest: true as const, bind: compilePatternBinder(c, property.argument, mode)};
		}
		const prop = property as AssignmentProperty | PropertyNode;
		const key: PropertyKey | Evaluator = prop.computed
			? c.expression(prop.key as Expression)
			: prop.key.type === 'Identifier'
				? prop.key.name
				: String((prop.key as {value: unknown}).value);
		return {rest: false as const, key, bind: compilePatternBinder(c, prop.value as Pattern, mode)};
	});
	return (env, value) => {
		if (value === undefined || value === null) throwTypeError(`Cannot destructure '${String(value)}' as it is ${String(value)}.`);
		const used: PropertyKey[] = [];
		for (const step of steps) {
			if (step.rest) {
				const source = toObject(value);
				const rest = createPlainObject();
				for (const key of source.ownKeys()) {
					const own = source.getOwn(key);
					if (own && own.flags & enumerable && !used.includes(key)) rest.put(key, getV(source, key));
				}
				step.bind(env, rest);
			} else {
				const key = typeof step.key === 'function' ? toPropertyKey(step.key(env)) : step.key;
				used.push(key);
				step.bind(env, getV(value, key));
			}
		}
	};
}

function arrayPatternBinder(c: Compiler, pattern: Extract<Pattern, {type: 'ArrayPattern'}>, mode: 'init' | 'assign'): Binder {
	const elements = pattern.elements.map(element =>
		element === null ? undefined : {rest: element.type === 'RestElement', bind: compilePatternBinder(c, element, mode)},
	);
	return (env, value) => {
		if (iteratesAsArray(value)) {
			const items = value.items;
			for (let i = 0; i < elements.length; i++) {
				const element = elements[i];
				if (!element) continue;
				element.bind(env, element.rest ? createArray(items.slice(i)) : items[i]);
			}
			return;
		}
		const record = getIterator(value);
		try {
			for (const element of elements) {
				if (element?.rest) {
					const rest: Value[] = [];
					while (!record.done) {
						const next = iteratorStepValue(record);
						if (next !== iterationDone) rest.push(next);
					}
					element.bind(env, createArray(rest));
					continue;
				}
				let next: Value = undefined;
				if (!record.done) {
					const step = iteratorStepValue(record);
					next = step === iterationDone ? undefined : step;
				}
				element?.bind(env, next);
			}
		} catch (error) {
			if (error instanceof ThrowCompletion && !record.done) iteratorCloseOnThrow(record);
			throw error;
		}
		if (!record.done) iteratorClose(record);
	};
}

