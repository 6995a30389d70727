import type {JSObject} from '../values/js-object.js';
import {newPromiseCapability} from '../values/promise/promise-operations.js';
import type {PromiseCapability} from '../values/promise/js-promise.js';
import type {Value} from '../values/value.js';
import {surroundingAgent} from './agent.js';
import {awaitValue} from './await.js';
import {returnKind, type Completion} from './completion.js';
import {Environment} from './environment.js';
import {asProgramError} from './host-errors.js';
import type {Suspension, SuspendableBody} from './suspension.js';
import {ThrowCompletion} from './throw-completion.js';
import type {UserFunction} from './user-function.js';

/**
 * An async function activation (§27.7.5.1 AsyncFunctionStart / AsyncBlockStart): the body runs
 * until its first await on the caller's stack, then leaves the stack; each resumption comes back
 * as a promise job. `return v` resolves the function's promise with v, so returning a promise
 * goes through NewPromiseResolveThenableJob (two extra jobs).
 */
class AsyncFunctionActivation {
	private body: SuspendableBody<Completion> | undefined;

	constructor(
		private readonly fn: UserFunction,
		private readonly capability: PromiseCapability,
	) {}

	start(thisArg: Value, args: Value[]): void {
		const code = this.fn.code;
		const env = new Environment(new Array(code.envSize), this.fn.env);
		this.resume(() => {
			code.instantiate(env, this.fn, thisArg, args, undefined);
			this.body = code.suspendableBody!(env);
			return this.body.next(undefined);
		}, code.callNarration);
	}

	private resume(run: () => IteratorResult<Suspension, Completion>, narration: number | string): void {
		const agent = surroundingAgent;
		const recorder = agent.recorder;
		const code = this.fn.code;
		recorder.step('call', code.line, code.column, narration);
		recorder.pushFrame(code.name, code.line);
		const callerLine = agent.currentLine;
		agent.currentLine = code.line;
		agent.callDepth++;
		let result: IteratorResult<Suspension, Completion>;
		const name = code.name || 'The async function';
		try {
			result = run();
			// The return step is recorded while the frame is still on the stack, so the step that leaves it shows it going.
			if (result.done) recorder.step('return', code.endLine, 0, `${name} returns, so its promise is resolved with the result.`);
			else recorder.step('return', result.value.line, 0, `${name} is suspended at await; the rest of it will run as a promise job.`);
		} catch (error) {
			const converted = asProgramError(error);
			if (!(converted instanceof ThrowCompletion)) throw converted;
			recorder.step('return', code.endLine, 0, `${name} throws, so its promise is rejected.`);
			agent.callDepth--;
			recorder.popFrame();
			agent.currentLine = callerLine;
			this.capability.reject(converted.value);
			return;
		}
		agent.callDepth--;
		recorder.popFrame();
		agent.currentLine = callerLine;
		if (result.done) {
			const completion = result.value;
			this.capability.resolve(completion !== undefined && completion.kind === returnKind ? completion.value : undefined);
			return;
		}
		const suspension = result.value;
		const body = this.body!;
		awaitValue(
			suspension.value,
			`resume ${code.name || 'async function'} after await`,
			suspension.line,
			value => this.resume(() => body.next(value), `${code.name || 'The async function'} resumes after await.`),
			reason => this.resume(() => body.throw(new ThrowCompletion(reason)), `${code.name || 'The async function'} resumes: the awaited promise rejected, so the await throws.`),
		);
	}
}

export function startAsyncFunction(fn: UserFunction, thisArg: Value, args: Value[]): JSObject {
	const capability = newPromiseCapability(surroundingAgent.realm.promiseConstructor);
	new AsyncFunctionActivation(fn, capability).start(thisArg, args);
	return capability.promise;
}
