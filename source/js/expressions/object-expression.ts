import type {Node, ObjectExpression, Property as PropertyNode, FunctionExpression} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator, SuspendableEvaluator} from '../compiler/compiled.js';
import {compileFunction, instantiateFunction, type FunctionNode} from '../compiler/compile-function.js';
import type {Environment} from '../runtime/environment.js';
import type {FunctionCode} from '../runtime/function-code.js';
import {JSObject} from '../values/js-object.js';
import {createPlainObject, getV} from '../values/object-operations.js';
import {Property, accessor, configurable, defaultFlags, enumerable} from '../values/property.js';
import {toObject} from '../values/type-conversion.js';
import type {PropertyKey, Value} from '../values/value.js';
import {isAnonymousFunctionDefinition, compileNamedEvaluation} from './named-evaluation.js';
import {compilePropertyKey, keyName, resolveKey, type CompiledKey} from './property-key.js';

type Part =
	| {readonly kind: 'value'; readonly key: CompiledKey; readonly value: Evaluator}
	| {readonly kind: 'namedByKey'; readonly key: CompiledKey; readonly code: FunctionCode}
	| {readonly kind: 'classNamedByKey'; readonly key: CompiledKey; readonly value: Evaluator}
	| {readonly kind: 'suspendableValue'; readonly key: CompiledKey; readonly value: SuspendableEvaluator}
	| {readonly kind: 'method'; readonly key: CompiledKey; readonly code: FunctionCode; readonly accessor?: 'get' | 'set'}
	| {readonly kind: 'spread'; readonly value: Evaluator}
	| {readonly kind: 'proto'; readonly value: Evaluator};

/** CopyDataProperties (§7.3.25): `{...source}`. */
export function copyDataProperties(target: JSObject, source: Value): void {
	if (source === undefined || source === null) return;
	const from = toObject(source);
	for (const key of from.ownKeys()) {
		const property = from.getOwn(key);
		if (property && property.flags & enumerable) target.put(key, getV(from, key));
	}
}

/** A method of an object literal or class: its home object enables `super` (§10.2.7 MakeMethod). */
export function defineMethod(object: JSObject, key: PropertyKey, code: FunctionCode, env: Environment, kind: 'method' | 'get' | 'set', flags: number): void {
	const fn = instantiateFunction(code, env, keyName(key, kind === 'method' ? undefined : kind));
	fn.homeObject = object;
	if (kind === 'method') {
		object.defineOwn(key, new Property(fn, flags));
		return;
	}
	const existing = object.getOwn(key);
	const getter = kind === 'get' ? fn : existing?.isAccessor ? existing.getter : undefined;
	const setter = kind === 'set' ? fn : existing?.isAccessor ? existing.setter : undefined;
	object.defineOwn(key, new Property(undefined, (flags & ~1) | accessor, getter, setter));
}

function compilePart(c: Compiler, property: ObjectExpression['properties'][number], suspendable: boolean): Part {
	if (property.type === 'SpreadElement') return {kind: 'spread', value: c.expression(property.argument)};
	const prop = property as PropertyNode;
	if (!prop.computed && !prop.shorthand && prop.kind === 'init' && !prop.method) {
		const keyNode = prop.key;
		const isProto = (keyNode.type === 'Identifier' && keyNode.name === '__proto__') || (keyNode.type === 'Literal' && keyNode.value === '__proto__');
		if (isProto) return {kind: 'proto', value: c.expression(prop.value as never)};
	}
	const key = compilePropertyKey(c, prop.key, prop.computed);
	if (prop.method || prop.kind === 'get' || prop.kind === 'set') {
		const code = compileFunction(c, prop.value as FunctionExpression, {name: typeof key === 'function' ? '' : keyName(key), kind: prop.kind === 'init' ? 'method' : 'accessor'});
		return {kind: 'method', key, code, accessor: prop.kind === 'init' ? undefined : prop.kind};
	}
	const valueNode = prop.value as never;
	if (suspendable && c.suspends(valueNode)) return {kind: 'suspendableValue', key, value: c.suspendableExpression(valueNode)};
	if (typeof key !== 'string' && isAnonymousFunctionDefinition(valueNode)) {
		// `[Symbol.iterator]: function* () {}` or `[name]: class {}`: named from the key once it is known (§13.2.5.5).
		if ((valueNode as Node).type === 'ClassExpression') return {kind: 'classNamedByKey', key, value: c.expression(valueNode)};
		const code = compileFunction(c, valueNode as FunctionNode, {name: '', kind: (valueNode as Node).type === 'ArrowFunctionExpression' ? 'arrow' : 'normal'});
		return {kind: 'namedByKey', key, code};
	}
	const value = typeof key === 'string' && isAnonymousFunctionDefinition(valueNode) ? compileNamedEvaluation(c, valueNode, key) : c.expression(valueNode);
	return {kind: 'value', key, value};
}

function applyPart(object: JSObject, part: Exclude<Part, {kind: 'suspendableValue'}>, env: Environment): void {
	switch (part.kind) {
		case 'value':
			object.defineOwn(resolveKey(part.key, env), new Property(part.value(env), defaultFlags));
			return;
		case 'namedByKey': {
			const key = resolveKey(part.key, env);
			object.defineOwn(key, new Property(instantiateFunction(part.code, env, keyName(key)), defaultFlags));
			return;
		}
		case 'classNamedByKey': {
			const key = resolveKey(part.key, env);
			const constructor = part.value(env);
			// SetFunctionName, unless the class has a static `name` of its own.
			if (constructor instanceof JSObject && constructor.getOwn('name')?.value === '') constructor.defineOwn('name', new Property(keyName(key), configurable));
			object.defineOwn(key, new Property(constructor, defaultFlags));
			return;
		}
		case 'method':
			defineMethod(object, resolveKey(part.key, env), part.code, env, part.accessor ?? 'method', part.accessor ? enumerable | configurable : defaultFlags);
			return;
		case 'spread':
			copyDataProperties(object, part.value(env));
			return;
		case 'proto': {
			const proto = part.value(env);
			if (proto === null || proto instanceof JSObject) object.proto = proto;
			return;
		}
	}
}

/** ObjectLiteral (§13.2.5.4 PropertyDefinitionEvaluation). */
export function compileObjectExpression(c: Compiler, node: ObjectExpression): Evaluator {
	const parts = node.properties.map(property => compilePart(c, property, false)) as Exclude<Part, {kind: 'suspendableValue'}>[];
	return env => {
		const object = createPlainObject();
		for (const part of parts) applyPart(object, part, env);
		return object;
	};
}

export function compileSuspendableObjectExpression(c: Compiler, node: ObjectExpression): SuspendableEvaluator {
	const parts = node.properties.map(property => compilePart(c, property, true));
	return function* (env) {
		const object = createPlainObject();
		for (const part of parts) {
			if (part.kind === 'suspendableValue') object.defineOwn(resolveKey(part.key, env), new Property(yield* part.value(env), defaultFlags));
			else applyPart(object, part, env);
		}
		return object;
	};
}
