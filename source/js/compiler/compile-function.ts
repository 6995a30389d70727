import type {ArrowFunctionExpression, FunctionDeclaration, FunctionExpression, Node, Pattern, Statement} from 'acorn';
import {surroundingAgent} from '../runtime/agent.js';
import {Abrupt, returnKind} from '../runtime/completion.js';
import type {Environment} from '../runtime/environment.js';
import type {FunctionCode, FunctionKind} from '../runtime/function-code.js';
import {UserFunction} from '../runtime/user-function.js';
import {createArgumentsObject} from '../builtins/arguments-object.js';
import {JSObject} from '../values/js-object.js';
import {Property, writable} from '../values/property.js';
import {uninitialized, type Value} from '../values/value.js';
import {createArray} from '../values/object-operations.js';
import type {Compiler} from './compiler.js';
import type {Binder, Executor, SuspendableExecutor} from './compiled.js';
import {lexicalDeclarations, varDeclaredNames, boundNames} from './declarations.js';
import {compilePatternBinder} from './compile-pattern.js';
import {compileStatementList, compileSuspendableStatementList, hoistedFunctions} from '../statements/statement-list.js';
import {Scope, functionObjectName, newTargetName, thisName} from './scope.js';
import {shorten} from './source-text.js';

export type FunctionNode = FunctionDeclaration | FunctionExpression | ArrowFunctionExpression;

export interface FunctionOptions {
	readonly name: string;
	readonly kind: FunctionKind;
	/** For class constructors: the text shown as the label (the class, not just its constructor). */
	readonly labelNode?: Node;
	/** Class bodies are strict whatever the surrounding code. */
	readonly strict?: boolean;
}

/** Compiles a function literal once into a `FunctionCode` (§10.2.11 FunctionDeclarationInstantiation). */
export function compileFunction(c: Compiler, node: FunctionNode, options: FunctionOptions): FunctionCode {
	const isArrow = node.type === 'ArrowFunctionExpression';
	const bodyStatements: Statement[] = node.body.type === 'BlockStatement' ? node.body.body : [];
	const strict = options.strict || c.fn.strict || hasUseStrict(bodyStatements);
	const scope = new Scope(c.scope, true);
	if (!isArrow) {
		scope.declare(thisName, 'internal');
		scope.declare(newTargetName, 'internal');
		scope.declare(functionObjectName, 'internal');
	}
	const usesArguments = !isArrow && /\barguments\b/.test(c.text(node));
	const argumentsSlot = usesArguments ? scope.declare('arguments', 'var') : -1;
	const params = node.params as Pattern[];
	const simpleParams = params.every(param => param.type === 'Identifier');
	for (const param of params) for (const name of boundNames(param)) scope.declare(name, 'param');
	for (const name of varDeclaredNames(bodyStatements)) scope.declare(name, 'var');
	const lexical = lexicalDeclarations(bodyStatements);
	for (const declaration of lexical.functions) scope.declare(declaration.id!.name, 'function');
	for (const name of lexical.lets) scope.declare(name, 'let');
	for (const name of lexical.consts) scope.declare(name, 'const');
	for (const name of lexical.classes) scope.declare(name, 'class');
	const selfName = node.type === 'FunctionExpression' && node.id ? node.id.name : undefined;
	const selfSlot = selfName !== undefined && !scope.names.has(selfName) ? scope.declare(selfName, 'callee') : -1;

	const context = {kind: options.kind, isAsync: node.async, isGenerator: node.generator, strict, name: options.name};
	return c.inFunction(context, scope, () => {
		const paramSlots = simpleParams ? params.map(param => scope.names.get((param as {name: string} & Node).name)!.slot) : [];
		const binders: Binder[] = simpleParams ? [] : params.map(param => compilePatternBinder(c, param, 'init'));
		const restIndex = params.findIndex(param => param.type === 'RestElement');
		const hoisted = hoistedFunctions(c, lexical.functions);
		const lexicalSlots = scope.lexicalSlots();
		const suspendable = node.async || node.generator;
		let body: Executor | undefined;
		let suspendableBody: SuspendableExecutor | undefined;
		if (node.body.type === 'BlockStatement') {
			if (suspendable) suspendableBody = compileSuspendableStatementList(c, bodyStatements);
			else body = compileStatementList(c, bodyStatements);
		} else if (suspendable) {
			const evaluate = c.suspendableExpression(node.body);
			suspendableBody = function* (env) {
				return new Abrupt(returnKind, undefined, yield* evaluate(env));
			};
		} else {
			const evaluate = c.expression(node.body);
			body = env => new Abrupt(returnKind, undefined, evaluate(env));
		}
		const globalObject = (): Value => surroundingAgent.realm.globalObject;
		const instantiate = (env: Environment, callee: UserFunction, thisArg: Value, args: Value[], newTarget: JSObject | undefined): void => {
			const vars = env.vars;
			if (!isArrow) {
				vars[0] = !strict && (thisArg === undefined || thisArg === null) ? globalObject() : thisArg;
				vars[1] = newTarget;
				vars[2] = callee;
			}
			for (const slot of lexicalSlots) vars[slot] = uninitialized;
			if (argumentsSlot >= 0) vars[argumentsSlot] = createArgumentsObject(args);
			if (selfSlot >= 0) vars[selfSlot] = callee;
			if (simpleParams) {
				for (let i = 0; i < paramSlots.length; i++) vars[paramSlots[i]!] = args[i];
			} else {
				for (let i = 0; i < binders.length; i++) {
					binders[i]!(env, i === restIndex ? createArray(args.slice(i)) : args[i]);
				}
			}
			for (const hoist of hoisted) hoist(env);
		};
		const name = options.name;
		const shownName = name || (isArrow ? '(anonymous arrow)' : '(anonymous)');
		const length = (() => {
			const index = params.findIndex(param => param.type === 'AssignmentPattern' || param.type === 'RestElement');
			return index < 0 ? params.length : index;
		})();
		const code: FunctionCode = {
			name: shownName,
			label: shorten(c.text(options.labelNode ?? node), 60),
			line: c.line(node),
			column: c.column(node),
			endLine: node.loc!.end.line,
			sourceStart: (options.labelNode ?? node).start,
			sourceEnd: (options.labelNode ?? node).end,
			kind: options.kind,
			isAsync: node.async,
			isGenerator: node.generator,
			strict,
			length,
			envSize: scope.size,
			instantiate,
			body,
			suspendableBody,
			callNarration: c.intern(`Calls ${shownName}: a new frame goes on the call stack.`),
			returnNarration: c.intern(`${shownName} returns and its frame leaves the call stack.`),
		};
		return code;
	});
}

function hasUseStrict(statements: readonly Statement[]): boolean {
	for (const statement of statements) {
		if (statement.type !== 'ExpressionStatement' || !('directive' in statement) || typeof statement.directive !== 'string') return false;
		if (statement.directive === 'use strict') return true;
	}
	return false;
}

/** OrdinaryFunctionCreate + MakeConstructor (§10.2.3, §10.2.5): a closure over `env`. */
export function instantiateFunction(code: FunctionCode, env: Environment, name: string = code.name): UserFunction {
	const realm = surroundingAgent.realm;
	const proto = code.isAsync
		? code.isGenerator
			? realm.asyncGeneratorFunctionPrototype
			: realm.asyncFunctionPrototype
		: code.isGenerator
			? realm.generatorFunctionPrototype
			: realm.functionPrototype;
	const fn = new UserFunction(proto, code, env);
	fn.setNameAndLength(name.startsWith('(anonymous') ? '' : name, code.length);
	if (code.isGenerator) {
		const prototype = new JSObject(code.isAsync ? realm.asyncGeneratorPrototype : realm.generatorPrototype);
		fn.props.set('prototype', new Property(prototype, writable));
	} else if (code.kind === 'normal' && !code.isAsync) {
		// V8 gives sloppy-mode functions own `arguments` and `caller` (null, read-only), which %o and
		// Object.getOwnPropertyNames show; strict functions, arrows and methods have none.
		if (!code.strict) {
			fn.props.set('arguments', new Property(null, 0));
			fn.props.set('caller', new Property(null, 0));
		}
		const prototype = new JSObject(realm.objectPrototype);
		prototype.props.set('constructor', new Property(fn, writable | 4));
		fn.props.set('prototype', new Property(prototype, writable));
	}
	return fn;
}
