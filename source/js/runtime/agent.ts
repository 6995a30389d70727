import type {Recorder} from '../../plan/index.js';
import type {Realm} from './realm.js';
import type {NodeLoop} from '../host/node-loop.js';
import {maxCallDepth} from './host-stack.js';

/**
 * The virtual clock model. The program never sees real time: every recorded step costs
 * `stepCostMs` and every read of the clock (`Date.now()`, `performance.now()`) costs `clockReadCostMs`,
 * so a busy-wait on the clock ends after a bounded number of steps and delays the timers behind it.
 * When nothing can run, the loop jumps the clock to the next due timer.
 */
export const stepCostMs = 0.0001;
export const clockReadCostMs = 0.001;

/** The agent (§9.7): the single thread running the program, its realm, recorder and host loop. */
export class Agent {
	callDepth = 0;
	/** Nesting of simulated calls allowed before the program's RangeError (see host-stack.ts). */
	readonly maxCallDepth = maxCallDepth();
	/** Line of the statement being executed, for output steps and error reports. */
	currentLine = 0;
	/** Where the exception now unwinding was thrown: the line executing when it first left a frame. */
	throwLine = 0;
	throwValue: unknown = undefined;
	private clockOffset = 0;
	private clockReads = 0;

	constructor(
		readonly realm: Realm,
		readonly recorder: Recorder,
		readonly loop: NodeLoop,
		readonly file: string,
		readonly source: string,
		readonly isModule: boolean,
	) {}

	/** The source text of a user function (Function.prototype.toString). */
	sourceOf(code: {readonly sourceStart: number; readonly sourceEnd: number}): string {
		return this.source.slice(code.sourceStart, code.sourceEnd);
	}

	/** Virtual time in ms since the program started. */
	now(): number {
		return this.clockOffset + this.recorder.stepCount * stepCostMs + this.clockReads * clockReadCostMs;
	}

	/** A read of the clock by the program: costs time, so busy-waits progress. */
	readClock(): number {
		this.clockReads++;
		return this.now();
	}

	/** Moves the clock forward to `ms` (the loop idles until the next timer). */
	advanceTo(ms: number): void {
		const now = this.now();
		if (ms > now) this.clockOffset += ms - now;
	}
}

/** The running agent, as engine262's `surroundingAgent`: one simulation runs at a time. */
export let surroundingAgent: Agent;

export function setSurroundingAgent(agent: Agent): void {
	surroundingAgent = agent;
}
