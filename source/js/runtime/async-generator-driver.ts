import {JSObject} from '../values/js-object.js';
import {get} from '../values/object-operations.js';
import {newPromiseCapability} from '../values/promise/promise-operations.js';
import type {PromiseCapability} from '../values/promise/js-promise.js';
import type {Value} from '../values/value.js';
import {surroundingAgent} from './agent.js';
import {awaitValue} from './await.js';
import {Abrupt, returnKind, type Completion} from './completion.js';
import {Environment} from './environment.js';
import {createError} from './errors.js';
import {createIterResult} from './generator-driver.js';
import {asProgramError} from './host-errors.js';
import {ReturnRequest, type Suspension, type SuspendableBody} from './suspension.js';
import {ThrowCompletion} from './throw-completion.js';
import type {UserFunction} from './user-function.js';

/** AsyncGeneratorRequest Record (§27.6.3.1). */
interface AsyncGeneratorRequest {
	readonly mode: 'next' | 'throw' | 'return';
	readonly value: Value;
	readonly capability: PromiseCapability;
}

/** An async generator's internal slots (§27.6.2) and the steps that drive its queue of requests. */
export class AsyncGeneratorState {
	state: 'suspendedStart' | 'suspendedYield' | 'executing' | 'awaiting-return' | 'completed' = 'suspendedStart';
	private readonly queue: AsyncGeneratorRequest[] = [];
	/** Suspended in a `yield*`: return() goes to the inner iterator first. */
	private delegating = false;

	constructor(
		private readonly fn: UserFunction,
		private readonly body: SuspendableBody<Completion>,
	) {}

	/** AsyncGeneratorEnqueue (§27.6.3.3) followed by a resume when the generator is idle. */
	enqueue(mode: AsyncGeneratorRequest['mode'], value: Value): JSObject {
		const capability = newPromiseCapability(surroundingAgent.realm.promiseConstructor);
		this.queue.push({mode, value, capability});
		if (this.state !== 'executing' && this.state !== 'awaiting-return') this.resumeNext();
		return capability.promise;
	}

	private resumeNext(): void {
		const request = this.queue[0];
		if (!request) return;
		if (this.state === 'suspendedStart' && request.mode !== 'next') this.state = 'completed';
		if (this.state === 'completed') {
			this.queue.shift();
			if (request.mode === 'next') request.capability.resolve(createIterResult(undefined, true));
			else if (request.mode === 'throw') request.capability.reject(request.value);
			else request.capability.resolve(createIterResult(request.value, true));
			this.resumeNext();
			return;
		}
		const body = this.body;
		if (request.mode === 'next') this.run(() => body.next(request.value));
		else if (request.mode === 'throw') this.run(() => body.throw(new ThrowCompletion(request.value)));
		else this.awaitReturn(request.value);
	}

	/** AsyncGeneratorUnwrapYieldResumption (§27.6.3.7): a return() first awaits its value, one job later. */
	private awaitReturn(value: Value): void {
		const body = this.body;
		this.state = 'executing';
		awaitValue(
			value,
			`${this.fn.code.name || 'async generator'} return()`,
			0,
			awaited => this.run(() => (this.delegating ? new ReturnRequest(awaited).resume(body) : body.return(new Abrupt(returnKind, undefined, awaited)))),
			reason => this.run(() => body.throw(new ThrowCompletion(reason))),
		);
	}

	private run(step: () => IteratorResult<Suspension, Completion>): void {
		const agent = surroundingAgent;
		const recorder = agent.recorder;
		const code = this.fn.code;
		recorder.step('call', code.line, code.column, code.callNarration);
		recorder.pushFrame(code.name, code.line);
		const callerLine = agent.currentLine;
		agent.currentLine = code.line;
		agent.callDepth++;
		this.state = 'executing';
		let result: IteratorResult<Suspension, Completion>;
		try {
			result = step();
			while (!result.done && result.value.kind === 'return') result = this.body.return(new Abrupt(returnKind, undefined, result.value.value));
		} catch (error) {
			const converted = asProgramError(error);
			if (!(converted instanceof ThrowCompletion)) throw converted;
			this.state = 'completed';
			this.queue.shift()?.capability.reject(converted.value);
			this.resumeNext();
			return;
		} finally {
			agent.callDepth--;
			recorder.popFrame();
			agent.currentLine = callerLine;
		}
		if (result.done) {
			this.state = 'completed';
			const completion = result.value;
			this.queue.shift()?.capability.resolve(createIterResult(completion !== undefined && completion.kind === returnKind ? completion.value : undefined, true));
			this.resumeNext();
			return;
		}
		const suspension = result.value;
		const body = this.body;
		const name = code.name || 'async generator';
		if (suspension.kind === 'await') {
			awaitValue(
				suspension.value,
				`resume ${name} after await`,
				suspension.line,
				value => this.run(() => body.next(value)),
				reason => this.run(() => body.throw(new ThrowCompletion(reason))),
			);
			return;
		}
		this.delegating = suspension.delegating;
		if (suspension.delegating) {
			// `yield*` hands on the inner iterator's value without awaiting it again (§15.5.5 step 7.a.vi).
			this.completeYield(suspension.value);
			return;
		}
		// `yield v` awaits its operand (§15.5.5 Yield), then AsyncGeneratorYield (§27.6.3.8) settles the front request.
		awaitValue(
			suspension.value,
			`${name} yields`,
			suspension.line,
			value => this.completeYield(value),
			reason => this.run(() => body.throw(new ThrowCompletion(reason))),
		);
	}

	private completeYield(value: Value): void {
		this.state = 'suspendedYield';
		this.queue.shift()?.capability.resolve(createIterResult(value, false));
		this.resumeNext();
	}
}

export function startAsyncGenerator(fn: UserFunction, thisArg: Value, args: Value[]): JSObject {
	const code = fn.code;
	const env = new Environment(new Array(code.envSize), fn.env);
	code.instantiate(env, fn, thisArg, args, undefined);
	const proto = get(fn, 'prototype');
	const generator = new JSObject(proto instanceof JSObject ? proto : surroundingAgent.realm.asyncGeneratorPrototype);
	generator.className = 'AsyncGenerator';
	generator.internal = new AsyncGeneratorState(fn, code.suspendableBody!(env));
	return generator;
}

export function asyncGeneratorEnqueue(generator: Value, mode: 'next' | 'throw' | 'return', value: Value): JSObject {
	const state = generator instanceof JSObject ? generator.internal : undefined;
	if (!(state instanceof AsyncGeneratorState)) {
		const capability = newPromiseCapability(surroundingAgent.realm.promiseConstructor);
		capability.reject(createError('TypeError', `${mode} method called on incompatible receiver`));
		return capability.promise;
	}
	return state.enqueue(mode, value);
}
