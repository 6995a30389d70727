import {JSObject} from '../values/js-object.js';
import {createPlainObject, get} from '../values/object-operations.js';
import type {Value} from '../values/value.js';
import {surroundingAgent} from './agent.js';
import {Abrupt, returnKind, type Completion} from './completion.js';
import {Environment} from './environment.js';
import {throwTypeError} from './errors.js';
import {asProgramError} from './host-errors.js';
import {ReturnRequest, type Suspension, type SuspendableBody} from './suspension.js';
import {ThrowCompletion} from './throw-completion.js';
import type {UserFunction} from './user-function.js';

/** A generator's internal slots (§27.5.2): its state and the suspended body. */
export class GeneratorState {
	state: 'suspendedStart' | 'suspendedYield' | 'executing' | 'completed' = 'suspendedStart';
	/** Suspended in a `yield*`: return() goes to the inner iterator first. */
	delegating = false;

	constructor(
		readonly fn: UserFunction,
		readonly body: SuspendableBody<Completion>,
	) {}
}

/** CreateIterResultObject (§7.4.14). */
export function createIterResult(value: Value, done: boolean): JSObject {
	const result = createPlainObject();
	result.put('value', value);
	result.put('done', done);
	return result;
}

/** EvaluateBody of a generator function (§15.5.2): bind the arguments now, run the body on `next()`. */
export function startGenerator(fn: UserFunction, thisArg: Value, args: Value[]): JSObject {
	const code = fn.code;
	const env = new Environment(new Array(code.envSize), fn.env);
	code.instantiate(env, fn, thisArg, args, undefined);
	const proto = get(fn, 'prototype');
	const generator = new JSObject(proto instanceof JSObject ? proto : surroundingAgent.realm.generatorPrototype);
	generator.className = 'Generator';
	generator.internal = new GeneratorState(fn, code.suspendableBody!(env));
	return generator;
}

/** GeneratorResume / GeneratorResumeAbrupt (§27.5.3.3–4) for `next`, `throw` and `return`. */
export function generatorResume(generator: Value, mode: 'next' | 'throw' | 'return', value: Value): JSObject {
	const state = generator instanceof JSObject ? generator.internal : undefined;
	if (!(state instanceof GeneratorState)) throwTypeError(`${mode} method called on incompatible receiver`);
	if (state.state === 'executing') throwTypeError('Generator is already running');
	if (state.state === 'suspendedStart' && mode !== 'next') state.state = 'completed';
	if (state.state === 'completed') {
		if (mode === 'throw') throw new ThrowCompletion(value);
		return createIterResult(mode === 'return' ? value : undefined, true);
	}
	const agent = surroundingAgent;
	const recorder = agent.recorder;
	const code = state.fn.code;
	recorder.step('call', code.line, code.column, code.callNarration);
	recorder.pushFrame(code.name, code.line);
	const callerLine = agent.currentLine;
	agent.currentLine = code.line;
	state.state = 'executing';
	agent.callDepth++;
	let result: IteratorResult<Suspension, Completion>;
	try {
		if (mode === 'next') result = state.body.next(value);
		else if (mode === 'throw') result = state.body.throw(new ThrowCompletion(value));
		else result = state.delegating ? new ReturnRequest(value).resume(state.body) : state.body.return(new Abrupt(returnKind, undefined, value));
		while (!result.done && result.value.kind === 'return') result = state.body.return(new Abrupt(returnKind, undefined, result.value.value));
		const yielded = result.done ? undefined : result.value;
		state.delegating = yielded?.delegating === true;
		recorder.step('return', yielded ? yielded.line : code.endLine, 0, yielded ? `${code.name} yields a value and is suspended.` : `${code.name} has finished.`);
	} catch (error) {
		state.state = 'completed';
		throw asProgramError(error);
	} finally {
		agent.callDepth--;
		recorder.popFrame();
		agent.currentLine = callerLine;
		if (state.state === 'executing') state.state = 'suspendedYield';
	}
	if (result.done) {
		state.state = 'completed';
		const completion = result.value;
		return createIterResult(completion !== undefined && completion.kind === returnKind ? completion.value : undefined, true);
	}
	return createIterResult((result.value as {value: Value}).value, false);
}

