import {JSFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import {prototypeFromConstructor} from '../values/object-operations.js';
import {Property, defaultFlags} from '../values/property.js';
import type {PropertyKey, Value} from '../values/value.js';
import {surroundingAgent} from './agent.js';
import {Environment} from './environment.js';
import {throwError, throwTypeError} from './errors.js';
import type {FunctionCode} from './function-code.js';
import {asProgramError} from './host-errors.js';
import {startAsyncFunction} from './async-function-driver.js';
import {startAsyncGenerator} from './async-generator-driver.js';
import {startGenerator} from './generator-driver.js';
import {returnKind} from './completion.js';
import {uninitialized} from '../values/value.js';
import {ThrowCompletion} from './throw-completion.js';


/** ClassFieldDefinition Record (§6.2.11): `name = initializer` of a class body. */
export interface ClassFieldDefinition {
	readonly key: PropertyKey;
	readonly isPrivate: boolean;
	readonly initializer: UserFunction | undefined;
}

/** An ECMAScript function object (§10.2) closing over its environment. */
export class UserFunction extends JSFunction {
	homeObject: JSObject | undefined = undefined;
	/** [[Fields]] of a class constructor. */
	fields: readonly ClassFieldDefinition[] = [];
	/** Private methods and accessors every instance gets (§7.3.31 PrivateMethodOrAccessorAdd). */
	privateMethods: ReadonlyMap<symbol, Property> = new Map();

	constructor(
		proto: JSObject | null,
		readonly code: FunctionCode,
		readonly env: Environment,
	) {
		super(proto);
	}

	get isConstructor(): boolean {
		const kind = this.code.kind;
		if (kind === 'classConstructor' || kind === 'derivedConstructor') return true;
		return kind === 'normal' && !this.code.isAsync && !this.code.isGenerator;
	}

	override get label(): string {
		return this.code.label;
	}

	override get line(): number {
		return this.code.line;
	}

	callAs(thisArg: Value, args: Value[]): Value {
		const code = this.code;
		if (code.kind === 'classConstructor' || code.kind === 'derivedConstructor') {
			throwTypeError(`Class constructor ${this.displayName} cannot be invoked without 'new'`);
		}
		if (code.isAsync) return code.isGenerator ? startAsyncGenerator(this, thisArg, args) : startAsyncFunction(this, thisArg, args);
		if (code.isGenerator) return startGenerator(this, thisArg, args);
		return runFunctionBody(this, new Environment(new Array(code.envSize), this.env), thisArg, args, undefined);
	}

	/** [[Construct]] (§10.2.2): base constructors allocate `this`; derived ones get it from super(). */
	constructAs(args: Value[], newTarget: JSObject): Value {
		const env = new Environment(new Array(this.code.envSize), this.env);
		if (this.code.kind === 'derivedConstructor') {
			const result = runFunctionBody(this, env, uninitialized as unknown as Value, args, newTarget);
			if (result instanceof JSObject) return result;
			if (result !== undefined) throwTypeError('Derived constructors may only return object or undefined');
			const thisValue = env.vars[0];
			if (thisValue === (uninitialized as unknown as Value)) {
				throwError('ReferenceError', "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
			}
			return thisValue;
		}
		const thisObject = new JSObject(prototypeFromConstructor(newTarget, surroundingAgent.realm.objectPrototype));
		const result = runFunctionBody(this, env, thisObject, args, newTarget, this);
		return result instanceof JSObject ? result : thisObject;
	}
}

/** InitializeInstanceElements (§7.3.34): private methods, then fields in order. */
export function initializeInstanceElements(object: JSObject, constructor: UserFunction): void {
	if (constructor.privateMethods.size > 0) {
		object.privateElements ??= new Map();
		for (const [key, property] of constructor.privateMethods) object.privateElements.set(key, property);
	}
	for (const field of constructor.fields) {
		const value = field.initializer ? field.initializer.callAs(object, []) : undefined;
		if (field.isPrivate) {
			object.privateElements ??= new Map();
			object.privateElements.set(field.key as symbol, new Property(value, defaultFlags));
		} else {
			object.defineOwn(field.key, new Property(value, defaultFlags));
		}
	}
}

/**
 * OrdinaryCallEvaluateBody for a plain function: a `call` step and a frame on the stack, the body,
 * then a `return` step. `fieldsOf` is the constructor whose fields a base class initialises first.
 */
export function runFunctionBody(fn: UserFunction, env: Environment, thisArg: Value, args: Value[], newTarget: JSObject | undefined, fieldsOf?: UserFunction): Value {
	const agent = surroundingAgent;
	const recorder = agent.recorder;
	const code = fn.code;
	if (agent.callDepth >= agent.maxCallDepth) throwError('RangeError', 'Maximum call stack size exceeded');
	recorder.step('call', code.line, code.column, code.callNarration);
	recorder.pushFrame(code.name, code.line);
	agent.callDepth++;
	const callerLine = agent.currentLine;
	agent.currentLine = code.line;
	try {
		code.instantiate(env, fn, thisArg, args, newTarget);
		if (fieldsOf && thisArg instanceof JSObject) initializeInstanceElements(thisArg, fieldsOf);
		const completion = code.body!(env);
		recorder.step('return', code.endLine, 0, code.returnNarration);
		return completion !== undefined && completion.kind === returnKind ? completion.value : undefined;
	} catch (error) {
		const converted = asProgramError(error);
		if (converted instanceof ThrowCompletion && converted.value !== agent.throwValue) {
			agent.throwValue = converted.value;
			agent.throwLine = agent.currentLine;
		}
		throw converted;
	} finally {
		agent.callDepth--;
		agent.currentLine = callerLine;
		recorder.popFrame();
	}
}
