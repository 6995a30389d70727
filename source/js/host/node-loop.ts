import type {Outcome, Recorder} from '../../plan/index.js';
import {StepLimitError} from '../../plan/index.js';
import type {Agent} from '../runtime/agent.js';
import {ThrowCompletion} from '../runtime/throw-completion.js';
import {asProgramError} from '../runtime/host-errors.js';
import type {JSPromise} from '../values/promise/js-promise.js';
import type {Value} from '../values/value.js';
import type {Job} from './job.js';
import {JobQueue} from './job-queue.js';
import {PairNarrations} from './pair-narrations.js';
import {consoleLimitBytes} from '../../plan/index.js';
import {ProcessExit, SandboxStop} from './process-exit.js';
import {Timer, TimerList} from './timer.js';

/** What the loop needs from the simulated `process` object. */
export interface ProcessHooks {
	/** process.emit: true when at least one listener ran. */
	emit(event: 'exit' | 'beforeExit' | 'uncaughtException' | 'unhandledRejection' | 'rejectionHandled', args: Value[]): boolean;
	hasListeners(event: 'beforeExit' | 'rejectionHandled'): boolean;
	/** process.exitCode, or 0. */
	exitCode(): number;
	/** Writes Node's report of a fatal exception to stderr. */
	reportFatal(error: Value, fromPromise: boolean): void;
}

/** Node's startup cost before the first loop iteration: 0 ms timers armed by the main script are due. */
const bootstrapMs = 1;

/**
 * Node's event loop (libuv phases, lib/internal/timers.js, lib/internal/process/task_queues.js):
 * the main script, then iterations of timers → poll → check, with `processTicksAndRejections`
 * (all nextTicks, then all microtasks, repeated) after every callback.
 */
export class NodeLoop {
	readonly ticks: JobQueue;
	readonly microtasks: JobQueue;
	readonly immediates: JobQueue;
	private readonly timers = new TimerList();
	private readonly dueTimers: Timer[] = [];
	private timerSequence = 0;
	private nextTimerId = 1;
	/** Node's maybeUnhandledPromises / pendingUnhandledRejections (lib/internal/process/promises.js). */
	private readonly maybeUnhandled = new Set<JSPromise>();
	private pendingUnhandled: JSPromise[] = [];
	/** Rejections already reported as unhandled, and those of them handled since (asyncHandledRejections). */
	private readonly reportedUnhandled = new Map<JSPromise, number>();
	private asyncHandled: {readonly promise: JSPromise; readonly id: number}[] = [];
	private lastRejectionId = 0;
	agent!: Agent;
	process!: ProcessHooks;
	private readonly narrationCache = new Map<string, number>();
	private readonly jobQueued: PairNarrations;
	private readonly microtaskRuns: PairNarrations;
	private readonly callbackRuns: PairNarrations;

	constructor(private readonly recorder: Recorder) {
		this.ticks = new JobQueue(recorder, 'nextTick');
		this.microtasks = new JobQueue(recorder, 'microtask');
		this.immediates = new JobQueue(recorder, 'immediate');
		this.jobQueued = new PairNarrations(recorder, (kind, label) => `A ${kind} is queued on the microtask queue: ${label}`);
		this.microtaskRuns = new PairNarrations(recorder, (kind, label) => `The loop runs the next microtask (${kind}): ${label}`);
		this.callbackRuns = new PairNarrations(recorder, (which, label) => `${which}${label}`);
	}

	private outputBytes = 0;

	/** Writes program output, stopping the simulation once the plan holds `consoleLimitBytes`. */
	write(stream: 'stdout' | 'stderr', text: string): void {
		this.outputBytes += text.length;
		if (this.outputBytes > consoleLimitBytes) {
			throw new SandboxStop(`the program wrote more than ${consoleLimitBytes / 1024 / 1024} MB of output; loopstep stopped keeping it`, this.agent.currentLine || undefined, 'console-limit');
		}
		this.recorder.write(stream, text);
	}

	/** HostEnqueuePromiseJob and queueMicrotask: V8's microtask queue. */
	enqueueMicrotask(job: Job): void {
		this.microtasks.push(job);
	}

	/** HostEnqueuePromiseJob (§9.5.5), in a step of its own that names the job (`PromiseReactionJob`...). */
	enqueuePromiseJob(job: Job & {readonly name: string}): void {
		const agent = this.agent;
		this.recorder.step('host', agent.currentLine, 0, this.jobQueued.id(job.name, job.label));
		this.microtasks.push(job);
	}

	/** process.nextTick. */
	enqueueTick(job: Job): void {
		this.ticks.push(job);
	}

	enqueueImmediate(job: Job): void {
		this.immediates.push(job);
	}

	clearImmediate(job: Job): void {
		this.immediates.remove(job);
	}

	/** setTimeout / setInterval (lib/internal/timers.js `insert`): due = now + delay. */
	addTimer(callback: Timer['callback'], args: Value[], delay: number, repeat: boolean, line: number): Timer {
		const start = Math.floor(this.agent.now());
		const timer = new Timer(this.nextTimerId++, callback, args, delay, repeat, start + delay, this.timerSequence++, line);
		this.armTimer(timer);
		return timer;
	}

	private readonly timersById = new Map<number, Timer>();

	timerById(id: number): Timer | undefined {
		return this.timersById.get(id);
	}

	private armTimer(timer: Timer): void {
		this.timersById.set(timer.id, timer);
		timer.queue = 'timers';
		timer.ref = this.recorder.enqueue('timers', {label: timer.label, line: timer.line, due: timer.due});
		this.timers.insert(timer);
	}

	clearTimer(timer: Timer): void {
		if (timer.cleared) return;
		timer.cleared = true;
		if (timer.queue === 'timers') this.timers.remove(timer);
		else this.dueTimers.splice(this.dueTimers.indexOf(timer), 1);
		if (timer.ref !== undefined) this.recorder.remove(timer.queue, timer.ref);
		timer.ref = undefined;
	}

	/** HostPromiseRejectionTracker (§27.2.1.9), as Node implements it. */
	promiseRejectionTracker(promise: JSPromise, operation: 'reject' | 'handle'): void {
		if (operation === 'reject') {
			this.maybeUnhandled.add(promise);
			this.pendingUnhandled.push(promise);
		} else {
			this.maybeUnhandled.delete(promise);
			const id = this.reportedUnhandled.get(promise);
			if (id !== undefined) {
				this.reportedUnhandled.delete(promise);
				this.asyncHandled.push({promise, id});
			}
		}
	}

	/** Runs the program to the end and says how the process exits. */
	run(main: () => void, isModule: boolean): Outcome {
		const recorder = this.recorder;
		try {
			recorder.step('loop', 0, 0, isModule ? 'Node evaluates the ES module: its top level runs first.' : 'Node runs the main script first, as the first macrotask.');
			recorder.mark('iteration');
			recorder.setPhase('main script');
			this.runCallback(main);
			if (isModule) this.runMicrotasks('An ES module is evaluated as a promise job, so its microtasks run before the nextTick queue.');
			this.processTicksAndRejections();
			this.runLoop();
			while (this.emitBeforeExit()) this.runLoop();
			return this.exit(this.process.exitCode());
		} catch (error) {
			if (error instanceof ProcessExit) return {exitCode: error.code};
			if (error instanceof StepLimitError) return {exitCode: 1, stopped: {reason: 'max-steps', message: error.message}};
			if (error instanceof SandboxStop) {
				return {exitCode: 1, stopped: {reason: error.reason, message: error.message, ...(error.line ? {line: error.line} : {})}};
			}
			throw error;
		}
	}

	/**
	 * 'beforeExit' (src/api/embed_helpers.cc SpinEventLoop): emitted with the exit code when the loop
	 * runs dry; true when its listeners gave the loop more to do.
	 */
	private emitBeforeExit(): boolean {
		if (!this.process.hasListeners('beforeExit')) return false;
		this.recorder.step('loop', 0, 0, this.narration('The event loop has nothing left to run, so Node emits "beforeExit"; its listeners may schedule more work.'));
		this.runCallback(() => this.process.emit('beforeExit', [this.process.exitCode()]));
		this.processTicksAndRejections();
		return this.timers.hasRefed() || this.immediates.length > 0;
	}

	private exit(code: number): Outcome {
		this.recorder.step('loop', 0, 0, 'Nothing is left to run: no timer, immediate or handle is pending, so the process emits "exit" and ends.');
		this.recorder.setPhase('exit');
		this.emitExit(code, false);
		return {exitCode: this.process.exitCode() || code};
	}

	/**
	 * process.emit('exit'). A listener that throws ends the listeners and the process with code 1;
	 * Node reports that error, unless the process is already dying of an uncaught exception, whose
	 * report stands alone (measured on Node 20).
	 */
	private emitExit(code: number, afterFatal: boolean): void {
		try {
			this.process.emit('exit', [code]);
		} catch (inner) {
			const converted = asProgramError(inner);
			if (!(converted instanceof ThrowCompletion)) throw converted;
			if (!afterFatal) this.process.reportFatal(converted.value, false);
			throw new ProcessExit(1);
		}
	}

	private runLoop(): void {
		const recorder = this.recorder;
		let first = true;
		while (this.timers.hasRefed() || this.immediates.length > 0) {
			recorder.step('loop', 0, 0, this.iterationNarration(first));
			recorder.mark('iteration');
			if (first) {
				this.agent.advanceTo(this.agent.now() + bootstrapMs);
				first = false;
			}
			this.syncClock();
			this.timersPhase();
			this.pollPhase();
			this.checkPhase();
		}
	}

	private iterationNarration(first: boolean): string {
		if (!first) return 'A new iteration of the event loop begins with the timers phase.';
		const raceNote =
			this.immediates.length > 0 && this.timers.peek() !== undefined && this.timers.peek()!.delay <= bootstrapMs
				? ' Node does not guarantee whether a 0 ms timeout or an immediate set by the main script runs first; loopstep lets the loop start 1 ms late, so the timeout wins.'
				: '';
		return `The call stack and the microtask queues are empty, so the event loop starts.${raceNote}`;
	}

	private syncClock(): void {
		this.recorder.setClock(Math.floor(this.agent.now()));
	}

	/** processTimers / listOnTimeout: every timer due at the phase's `now`, microtasks after each. */
	private timersPhase(): void {
		const recorder = this.recorder;
		recorder.setPhase('timers');
		const now = Math.floor(this.agent.now());
		const due = this.timers.takeDue(now);
		if (due.length === 0) return;
		recorder.step('loop', 0, 0, `Timers phase at ${now} ms: ${due.length === 1 ? 'one timer is' : `${due.length} timers are`} due, so ${due.length === 1 ? 'its callback moves' : 'their callbacks move'} to the macrotask queue.`);
		for (const timer of due) {
			recorder.remove('timers', timer.ref!);
			timer.queue = 'macrotask';
			timer.ref = recorder.enqueue('macrotask', {label: timer.label, line: timer.line, due: timer.due});
			this.dueTimers.push(timer);
		}
		while (this.dueTimers.length > 0) {
			const timer = this.dueTimers.shift()!;
			recorder.step('callback', timer.line, 0, this.callbackRuns.id(timer.repeat ? 'The stack is empty, so the timers phase runs the next due interval: ' : 'The stack is empty, so the timers phase runs the next due timeout: ', timer.label));
			recorder.mark('timer');
			recorder.remove('macrotask', timer.ref!);
			timer.ref = undefined;
			if (!timer.repeat) timer.cleared = true;
			this.syncClock();
			// listOnTimeout takes an interval's start before its callback runs: a slow callback does not push the next run back.
			const start = Math.floor(this.agent.now());
			this.runCallback(() => timer.callback.callAs(timer.object, timer.args));
			if (timer.repeat && !timer.cleared) {
				timer.due = start + timer.delay;
				timer.sequence = this.timerSequence++;
				this.armTimer(timer);
			}
			this.processTicksAndRejections();
		}
	}

	/** The poll phase: with no I/O, the loop waits here for the next timer unless immediates are pending. */
	private pollPhase(): void {
		if (this.immediates.length > 0) return;
		const next = this.timers.nextRefedDue();
		if (next === undefined) return;
		const now = this.agent.now();
		if (next <= Math.floor(now)) return;
		this.recorder.setPhase('poll');
		this.recorder.step('loop', 0, 0, `Nothing is ready, so the loop waits in the poll phase until the next timer is due at ${next} ms.`);
		this.agent.advanceTo(next);
		this.syncClock();
	}

	/** The check phase: the immediates queued before it began; new ones wait for the next iteration. */
	private checkPhase(): void {
		const count = this.immediates.length;
		if (count === 0) return;
		const recorder = this.recorder;
		recorder.setPhase('check');
		recorder.step('loop', 0, 0, `Check phase: the loop runs the ${count === 1 ? 'pending immediate' : `${count} pending immediates`}.`);
		for (let i = 0; i < count; i++) {
			const job = this.immediates.peek();
			if (!job) break;
			recorder.step('callback', job.line, 0, this.callbackRuns.id('The stack is empty, so the check phase runs the next immediate: ', job.label));
			this.immediates.shift();
			this.runJob(job);
			this.processTicksAndRejections();
		}
	}

	/** processTicksAndRejections (lib/internal/process/task_queues.js). */
	private processTicksAndRejections(): void {
		if (this.ticks.length === 0 && this.microtasks.length === 0 && this.pendingUnhandled.length === 0) return;
		do {
			if (this.ticks.length > 0) {
				this.recorder.step('loop', 0, 0, this.narration('The call stack is empty, so Node drains the nextTick queue before any promise job (processTicksAndRejections).'));
				this.recorder.setPhase('nextTick queue');
			}
			for (let job = this.ticks.peek(); job; job = this.ticks.peek()) {
				this.recorder.step('callback', job.line, 0, this.callbackRuns.id('The loop runs the next nextTick callback: ', job.label));
				this.ticks.shift();
				this.runJob(job);
			}
			this.runMicrotasks('The nextTick queue is empty, so V8 drains the microtask queue.');
		} while (this.ticks.length > 0 || this.processPromiseRejections());
	}

	/** runMicrotasks(): V8 runs jobs until the queue is empty, including jobs queued meanwhile. */
	private runMicrotasks(narration: string): void {
		if (this.microtasks.length === 0) return;
		this.recorder.step('loop', 0, 0, this.narration(narration));
		this.recorder.setPhase('microtasks');
		for (let job = this.microtasks.peek(); job; job = this.microtasks.peek()) {
			this.recorder.step('callback', job.line, 0, this.microtaskRuns.id(job.kind, job.label));
			this.microtasks.shift();
			this.runJob(job);
		}
	}

	/** processPromiseRejections (lib/internal/process/promises.js), mode "throw" (Node ≥ 15). */
	private processPromiseRejections(): boolean {
		const handledLate = this.asyncHandled.length > 0;
		while (this.asyncHandled.length > 0) {
			const {promise, id} = this.asyncHandled.shift()!;
			this.recorder.step('loop', 0, 0, this.narration('A rejection reported as unhandled got a handler after all: Node emits "rejectionHandled".'));
			const heard = this.runGuarded(() => this.process.emit('rejectionHandled', [promise]));
			if (!heard) this.write('stderr', `(node:4242) PromiseRejectionHandledWarning: Promise rejection was handled asynchronously (rejection id: ${id})\n`);
		}
		if (this.pendingUnhandled.length === 0) return handledLate;
		const pending = this.pendingUnhandled;
		this.pendingUnhandled = [];
		let any = false;
		for (const promise of pending) {
			if (!this.maybeUnhandled.has(promise)) continue;
			this.maybeUnhandled.delete(promise);
			any = true;
			this.recorder.step('error', 0, 0, 'The microtask queue is empty and a rejected promise still has no handler: Node reports an unhandled rejection.');
			const handled = this.runGuarded(() => this.process.emit('unhandledRejection', [promise.result, promise]));
			if (!handled) this.fatalException(promise.result, true);
			this.reportedUnhandled.set(promise, ++this.lastRejectionId);
		}
		return handledLate || any || this.ticks.length > 0 || this.microtasks.length > 0;
	}

	/** Runs a callback at the bottom of the stack; an exception that escapes it is uncaught. */
	private runCallback(callback: () => unknown): void {
		try {
			callback();
		} catch (error) {
			this.uncaught(error);
		}
	}

	/** `runCallback` for a queued job, whose `run` may be a method. */
	private runJob(job: Job): void {
		try {
			job.run();
		} catch (error) {
			this.uncaught(error);
		}
	}

	private uncaught(error: unknown): void {
		const converted = asProgramError(error);
		if (!(converted instanceof ThrowCompletion)) throw converted;
		this.fatalException(converted.value, false);
	}

	private runGuarded(callback: () => boolean): boolean {
		try {
			return callback();
		} catch (error) {
			const converted = asProgramError(error);
			if (!(converted instanceof ThrowCompletion)) throw converted;
			this.fatalException(converted.value, false);
			return true;
		}
	}

	/** process._fatalException: 'uncaughtException' listeners, or Node's report and exit code 1. */
	private fatalException(error: Value, fromPromise: boolean): void {
		this.recorder.step('error', 0, 0, fromPromise ? 'The unhandled rejection becomes an uncaught exception.' : 'An exception reached the bottom of the call stack uncaught.');
		let handled = false;
		try {
			handled = this.process.emit('uncaughtException', [error, fromPromise ? 'unhandledRejection' : 'uncaughtException']);
		} catch (inner) {
			const converted = asProgramError(inner);
			if (!(converted instanceof ThrowCompletion)) throw converted;
			this.process.reportFatal(converted.value, false);
			throw new ProcessExit(7);
		}
		if (handled) return;
		this.process.reportFatal(error, fromPromise);
		this.recorder.step('error', 0, 0, 'Node prints the error and the process exits with code 1.');
		this.emitExit(1, true);
		throw new ProcessExit(1);
	}

	private narration(text: string): number {
		let id = this.narrationCache.get(text);
		if (id === undefined) {
			id = this.recorder.intern(text);
			this.narrationCache.set(text, id);
		}
		return id;
	}
}
