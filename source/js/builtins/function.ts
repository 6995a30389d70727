import {surroundingAgent} from '../runtime/agent.js';
import {throwTypeError} from '../runtime/errors.js';
import {UserFunction} from '../runtime/user-function.js';
import {SandboxStop} from '../host/process-exit.js';
import {JSFunction, NativeFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import {listFromArrayLike, ordinaryHasInstance} from '../values/object-operations.js';
import {Property, accessor, configurable} from '../values/property.js';
import {toIntegerOrInfinity} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {arg, builtinFunction, defineMethod, defineValue} from './define.js';

/** A facility the sandbox refuses: the program stops with a message naming the line. */
export function sandboxStop(what: string): never {
	const line = surroundingAgent.currentLine;
	throw new SandboxStop(`${what} is not available in loopstep${line ? ` (line ${line})` : ''}`, line || undefined);
}

function thisFunction(value: Value, method: string): JSFunction {
	if (!(value instanceof JSFunction)) throwTypeError(`Function.prototype.${method} called on a non-function`);
	return value;
}

/** A Bound Function exotic object (§10.4.1). */
function boundFunction(target: JSFunction, boundThis: Value, boundArgs: Value[]): NativeFunction {
	const bound: NativeFunction = new NativeFunction(
		target.proto,
		(_this, args, newTarget): Value => (newTarget ? target.constructAs([...boundArgs, ...args], newTarget === bound ? target : newTarget) : target.callAs(boundThis, [...boundArgs, ...args])),
		target.isConstructor,
	);
	const length = target.getOwn('length')?.value;
	bound.setNameAndLength(`bound ${target.displayName}`, Math.max(0, (typeof length === 'number' ? toIntegerOrInfinity(length) : 0) - boundArgs.length));
	bound.internal = {boundTarget: target};
	bound.labelOverride = target.label;
	bound.lineOverride = target.line;
	return bound;
}

/** Function.prototype (§20.2.3); the Function constructor itself would evaluate code, so it stops. */
export function installFunction(global: JSObject): void {
	const realm = surroundingAgent.realm;
	const proto = realm.functionPrototype;
	const Function_ = new NativeFunction(proto, () => sandboxStop('new Function(...)'), true);
	Function_.setNameAndLength('Function', 1);
	Function_.defineOwn('prototype', new Property(proto, 0));
	defineValue(proto, 'constructor', Function_);
	defineValue(global, 'Function', Function_);
	defineMethod(proto, 'call', 1, (self, args) => thisFunction(self, 'call').callAs(arg(args, 0), args.slice(1)));
	defineMethod(proto, 'apply', 2, (self, args) => thisFunction(self, 'apply').callAs(arg(args, 0), listFromArrayLike(arg(args, 1))));
	defineMethod(proto, 'bind', 1, (self, args) => boundFunction(thisFunction(self, 'bind'), arg(args, 0), args.slice(1)));
	defineMethod(proto, 'toString', 0, self => {
		const fn = thisFunction(self, 'toString');
		if (fn instanceof UserFunction) return surroundingAgent.sourceOf(fn.code);
		return `function ${fn.displayName}() { [native code] }`;
	});
	realm.functionHasInstance = defineMethod(proto, Symbol.hasInstance, 1, (self, args) => self instanceof JSFunction && ordinaryHasInstance(self, arg(args, 0)));
	// AddRestrictedFunctionProperties (§10.2.4): `caller` and `arguments` throw on strict functions.
	const thrower = builtinFunction('', 0, () =>
		throwTypeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them"),
	);
	proto.defineOwn('caller', new Property(undefined, accessor | configurable, thrower, thrower));
	proto.defineOwn('arguments', new Property(undefined, accessor | configurable, thrower, thrower));
	(proto as JSObject).defineOwn('name', new Property('', 4));
	(proto as JSObject).defineOwn('length', new Property(0, 4));
}
