import type {ArrayExpression} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator, SuspendableEvaluator} from '../compiler/compiled.js';
import {iterableToList} from '../values/iterator-operations.js';
import {createArray} from '../values/object-operations.js';
import type {Value} from '../values/value.js';

/** ArrayLiteral (§13.2.4.1): elements, holes and spread (through the iterator protocol). */
export function compileArrayExpression(c: Compiler, node: ArrayExpression): Evaluator {
	const elements = node.elements.map(element => {
		if (element === null) return {hole: true as const};
		if (element.type === 'SpreadElement') return {spread: c.expression(element.argument)};
		return {value: c.expression(element)};
	});
	const simple = elements.every(element => 'value' in element);
	if (simple) {
		const values = elements.map(element => (element as {value: Evaluator}).value);
		return env => createArray(values.map(value => value(env)));
	}
	return env => {
		const items: Value[] = [];
		for (const element of elements) {
			if ('hole' in element) items.length++;
			else if ('spread' in element) for (const item of iterableToList(element.spread!(env))) items.push(item);
			else items.push(element.value!(env));
		}
		return createArray(items);
	};
}

export function compileSuspendableArrayExpression(c: Compiler, node: ArrayExpression): SuspendableEvaluator {
	const elements = node.elements.map(element => {
		if (element === null) return {hole: true as const};
		if (element.type === 'SpreadElement') return {spread: c.suspendableExpression(element.argument)};
		return {value: c.suspendableExpression(element)};
	});
	return function* (env) {
		const items: Value[] = [];
		for (const element of elements) {
			if ('hole' in element) items.length++;
			else if ('spread' in element) for (const item of iterableToList(yield* element.spread!(env))) items.push(item);
			else items.push(yield* element.value!(env));
		}
		return createArray(items);
	};
}
