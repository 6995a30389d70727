import type {Class, Expression, FunctionExpression, MethodDefinition, PropertyDefinition, StaticBlock, Node} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator} from '../compiler/compiled.js';
import {compileFunction, instantiateFunction} from '../compiler/compile-function.js';
import {Scope} from '../compiler/scope.js';
import {surroundingAgent} from '../runtime/agent.js';
import {Environment} from '../runtime/environment.js';
import {throwTypeError} from '../runtime/errors.js';
import type {FunctionCode} from '../runtime/function-code.js';
import {UserFunction, initializeInstanceElements, type ClassFieldDefinition} from '../runtime/user-function.js';
import {JSFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import {construct, get} from '../values/object-operations.js';
import {Property, accessor, configurable, hiddenFlags, writable} from '../values/property.js';
import {uninitialized, type PropertyKey, type Value} from '../values/value.js';
import {defineMethod} from './object-expression.js';
import {compilePropertyKey, keyName, resolveKey, type CompiledKey} from './property-key.js';
import {privateNameFor, withPrivateNames} from './private-names.js';

type Element =
	| {readonly kind: 'method'; readonly isStatic: boolean; readonly key: CompiledKey; readonly code: FunctionCode; readonly accessor: 'method' | 'get' | 'set'; readonly isPrivate: boolean}
	| {readonly kind: 'field'; readonly isStatic: boolean; readonly key: CompiledKey; readonly code: FunctionCode | undefined; readonly isPrivate: boolean}
	| {readonly kind: 'static-block'; readonly code: FunctionCode};

/** A field initializer or static block compiled as the body of a method with no parameters. */
function syntheticMethod(c: Compiler, body: Node, name: string, expression: boolean): FunctionCode {
	const node = {
		type: 'FunctionExpression',
		id: null,
		params: [],
		body: expression ? body : {type: 'BlockStatement', body: (body as StaticBlock).body, start: body.start, end: body.end, loc: body.loc},
		async: false,
		generator: false,
		expression,
		start: body.start,
		end: body.end,
		loc: body.loc,
	} as unknown as FunctionExpression;
	return compileFunction(c, node, {name, kind: 'fieldInitializer', strict: true});
}

/** The constructor a class without one gets (§15.7.14 step 14). */
function defaultConstructorCode(c: Compiler, node: Class, name: string, derived: boolean): FunctionCode {
	const shown = name || '(anonymous class)';
	return {
		name: shown,
		label: c.snippet(node),
		line: c.line(node),
		column: c.column(node),
		endLine: node.loc!.end.line,
		sourceStart: node.start,
		sourceEnd: node.end,
		kind: derived ? 'derivedConstructor' : 'classConstructor',
		isAsync: false,
		isGenerator: false,
		strict: true,
		length: 0,
		envSize: 4,
		instantiate(env, callee, thisArg, args, newTarget) {
			env.vars[0] = thisArg;
			env.vars[1] = newTarget;
			env.vars[2] = callee;
			env.vars[3] = args as unknown as Value;
		},
		body: derived
			? env => {
					const callee = env.vars[2] as UserFunction;
					const parent = callee.proto;
					if (!(parent instanceof JSFunction) || !parent.isConstructor) throwTypeError('Super constructor is not a constructor');
					const result = construct(parent, env.vars[3] as unknown as Value[], env.vars[1] as JSObject);
					env.vars[0] = result;
					if (result instanceof JSObject) initializeInstanceElements(result, callee);
					return undefined;
				}
			: () => undefined,
		suspendableBody: undefined,
		callNarration: c.intern(`Constructs a ${shown}: a new frame goes on the call stack.`),
		returnNarration: c.intern(`The ${shown} constructor returns the new object.`),
	};
}

/** ClassDefinitionEvaluation (§15.7.14). */
export function compileClass(c: Compiler, node: Class, name: string): Evaluator {
	const className = node.id?.name ?? name;
	const scope = new Scope(c.scope, false);
	if (node.id) scope.declare(node.id.name, 'const');
	return c.inScope(scope, () =>
		withPrivateNames(c, node, () => {
			const heritage = node.superClass ? c.expression(node.superClass) : undefined;
			const derived = heritage !== undefined;
			const constructorNode = node.body.body.find((element): element is MethodDefinition => element.type === 'MethodDefinition' && element.kind === 'constructor');
			const constructorCode = constructorNode
				? compileFunction(c, constructorNode.value, {name: className, kind: derived ? 'derivedConstructor' : 'classConstructor', strict: true, labelNode: node})
				: defaultConstructorCode(c, node, className, derived);
			const elements: Element[] = [];
			for (const element of node.body.body) {
				if (element === constructorNode) continue;
				if (element.type === 'StaticBlock') {
					elements.push({kind: 'static-block', code: syntheticMethod(c, element, 'static', false)});
					continue;
				}
				const member = element as MethodDefinition | PropertyDefinition;
				const isPrivate = member.key.type === 'PrivateIdentifier';
				const key: CompiledKey = isPrivate ? privateNameFor(c, member.key as never) : compilePropertyKey(c, member.key as Expression, member.computed);
				const memberName = typeof key === 'function' ? '' : typeof key === 'symbol' && isPrivate ? `#${key.description}` : keyName(key);
				if (member.type === 'MethodDefinition') {
					const kind = member.kind === 'get' || member.kind === 'set' ? member.kind : 'method';
					const code = compileFunction(c, member.value, {name: memberName, kind: kind === 'method' ? 'method' : 'accessor', strict: true});
					elements.push({kind: 'method', isStatic: member.static, key, code, accessor: kind, isPrivate});
				} else {
					const code = member.value ? syntheticMethod(c, member.value, memberName, true) : undefined;
					elements.push({kind: 'field', isStatic: member.static, key, code, isPrivate});
				}
			}
			const bindingSlot = node.id ? scope.names.get(node.id.name)!.slot : -1;
			return (outer: Environment) => {
				const realm = surroundingAgent.realm;
				const env = scope.materialized ? new Environment(new Array(scope.size), outer) : outer;
				if (bindingSlot >= 0) env.vars[bindingSlot] = uninitialized;
				let protoParent: JSObject | null = realm.objectPrototype;
				let constructorParent: JSObject = realm.functionPrototype;
				if (heritage) {
					const superclass = heritage(env);
					if (superclass === null) {
						protoParent = null;
					} else {
						if (!(superclass instanceof JSFunction) || !superclass.isConstructor) throwTypeError(`Class extends value ${describe(superclass)} is not a constructor or null`);
						const parentProto = get(superclass, 'prototype');
						if (parentProto !== null && !(parentProto instanceof JSObject)) throwTypeError('Class extends value does not have valid prototype property');
						protoParent = parentProto;
						constructorParent = superclass;
					}
				}
				const proto = new JSObject(protoParent);
				const F = new UserFunction(constructorParent, constructorCode, env);
				F.setNameAndLength(className, constructorCode.length);
				F.homeObject = proto;
				F.props.set('prototype', new Property(proto, 0));
				proto.props.set('constructor', new Property(F, writable | configurable));
				const instanceFields: ClassFieldDefinition[] = [];
				const privateMethods = new Map<symbol, Property>();
				const staticSteps: ((F: UserFunction) => void)[] = [];
				for (const element of elements) {
					if (element.kind === 'static-block') {
						const code = element.code;
						staticSteps.push(target => {
							const block = instantiateFunction(code, env, 'static');
							block.homeObject = target;
							block.callAs(target, []);
						});
						continue;
					}
					const target = element.isStatic ? F : proto;
					const key: PropertyKey = resolveKey(element.key, env);
					if (element.kind === 'method') {
						if (element.isPrivate) {
							const holder = new JSObject(null);
							defineMethod(holder, key, element.code, env, element.accessor, hiddenFlags);
							const property = holder.props.get(key)!;
							((property.getter ?? property.setter ?? property.value) as UserFunction).homeObject = target;
							if (element.isStatic) {
								F.privateElements ??= new Map();
								mergePrivate(F.privateElements, key as symbol, property);
							} else {
								mergePrivate(privateMethods, key as symbol, property);
							}
						} else {
							defineMethod(target, key, element.code, env, element.accessor, hiddenFlags);
						}
						continue;
					}
					const code = element.code;
					let initializer: UserFunction | undefined;
					if (code) {
						initializer = instantiateFunction(code, env, typeof key === 'symbol' ? '' : key);
						initializer.homeObject = target;
					}
					const field: ClassFieldDefinition = {key, isPrivate: element.isPrivate, initializer};
					if (element.isStatic) staticSteps.push(target => defineField(target, field));
					else instanceFields.push(field);
				}
				F.fields = instanceFields;
				F.privateMethods = privateMethods;
				if (bindingSlot >= 0) env.vars[bindingSlot] = F;
				for (const step of staticSteps) step(F);
				return F;
			};
		}),
	);
}

function mergePrivate(map: Map<symbol, Property>, key: symbol, property: Property): void {
	const existing = map.get(key);
	if (existing && existing.isAccessor && property.isAccessor) {
		map.set(key, new Property(undefined, accessor, property.getter ?? existing.getter, property.setter ?? existing.setter));
	} else {
		map.set(key, property);
	}
}

function defineField(target: JSObject, field: ClassFieldDefinition): void {
	const value = field.initializer ? field.initializer.callAs(target, []) : undefined;
	if (field.isPrivate) {
		target.privateElements ??= new Map();
		target.privateElements.set(field.key as symbol, new Property(value, writable));
	} else {
		target.put(field.key, value);
	}
}

function describe(value: Value): string {
	if (value instanceof JSObject) return value instanceof JSFunction ? value.displayName : '#<Object>';
	return String(value);
}

