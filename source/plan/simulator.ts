import type {Plan} from './plan.js';

/** A program to simulate: the text and the name it was loaded from. */
export interface ProgramInput {
	readonly file: string;
	readonly source: string;
	/**
	 * How Node would load this file: `.mjs` is always a module and `.cjs` a script; a `.js` file follows
	 * the `type` of its nearest package.json. Undefined means: decide by the extension alone.
	 */
	readonly moduleType?: 'module' | 'commonjs';
}

export interface SimulateOptions {
	/** Step cap; the plan ends with `outcome.stopped.reason === 'max-steps'` when reached. */
	readonly maxSteps: number;
}

/**
 * The one entry point each language provides (`simulateJavaScript`, `simulatePython`). It runs the
 * program forward once and returns the recorded plan. It throws `SourceError` for a program that
 * cannot start (syntax error, construct rejected up front); anything that happens at run time,
 * including uncaught exceptions and the step cap, ends up in the plan and its outcome.
 */
export type Simulator = (input: ProgramInput, options: SimulateOptions) => Plan;
