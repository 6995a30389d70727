import type {TaggedTemplateExpression, TemplateLiteral} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator, SuspendableEvaluator} from '../compiler/compiled.js';
import {JSArray} from '../values/js-array.js';
import {call, createArray, getV} from '../values/object-operations.js';
import {toPropertyKey, toString} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {Property} from '../values/property.js';

/** TemplateLiteral (§13.2.8.6): cooked strings around ToString of each substitution. */
export function compileTemplateLiteral(c: Compiler, node: TemplateLiteral): Evaluator {
	const quasis = node.quasis.map(quasi => quasi.value.cooked ?? '');
	const expressions = node.expressions.map(expression => c.expression(expression));
	if (expressions.length === 0) {
		const text = quasis[0]!;
		return () => text;
	}
	return env => {
		let text = quasis[0]!;
		for (let i = 0; i < expressions.length; i++) {
			const value = expressions[i]!(env);
			text += (typeof value === 'string' ? value : toString(value)) + quasis[i + 1]!;
		}
		return text;
	};
}

export function compileSuspendableTemplateLiteral(c: Compiler, node: TemplateLiteral): SuspendableEvaluator {
	const quasis = node.quasis.map(quasi => quasi.value.cooked ?? '');
	const expressions = node.expressions.map(expression => c.suspendableExpression(expression));
	return function* (env) {
		let text = quasis[0]!;
		for (let i = 0; i < expressions.length; i++) text += toString(yield* expressions[i]!(env)) + quasis[i + 1]!;
		return text;
	};
}

/** TaggedTemplate (§13.3.11): the tag gets the strings array (with `raw`) and the values. */
export function compileTaggedTemplate(c: Compiler, node: TaggedTemplateExpression): Evaluator {
	const cooked = node.quasi.quasis.map(quasi => quasi.value.cooked ?? undefined);
	const raw = node.quasi.quasis.map(quasi => quasi.value.raw);
	const expressions = node.quasi.expressions.map(expression => c.expression(expression));
	let strings: JSArray | undefined;
	const tag = node.tag;
	const base = tag.type === 'MemberExpression' ? c.expression(tag.object as never) : undefined;
	const key = tag.type === 'MemberExpression' ? (tag.computed ? c.expression(tag.property as never) : (tag.property as {name: string}).name) : undefined;
	const callee = base ? undefined : c.expression(tag);
	return env => {
		if (!strings) {
			strings = createArray(cooked as Value[]);
			const rawArray = createArray(raw);
			rawArray.frozen = true;
			strings.defineOwn('raw', new Property(rawArray, 0));
			strings.frozen = true;
			strings.extensible = false;
		}
		let thisValue: Value = undefined;
		let fn: Value;
		if (base) {
			thisValue = base(env);
			fn = getV(thisValue, typeof key === 'function' ? toPropertyKey(key(env)) : (key as string));
		} else {
			fn = callee!(env);
		}
		return call(fn, thisValue, [strings, ...expressions.map(expression => expression(env))]);
	};
}
