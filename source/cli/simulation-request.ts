import type {Language, PlanMessage, ProgramInput, SimulateOptions} from '../plan/index.js';

/** What the CLI asks the simulation worker to record. */
export interface SimulationRequest {
	readonly language: Language;
	readonly input: ProgramInput;
	readonly options: SimulateOptions;
}

/** The worker's one answer: the plan, or why the program could not even start. */
export type SimulationReply =
	| {readonly kind: 'plan'; readonly plan: PlanMessage}
	| {readonly kind: 'source-error'; readonly errorName: 'SyntaxError' | 'UnsupportedError'; readonly message: string; readonly line: number; readonly column: number}
	| {readonly kind: 'too-deep'}
	| {readonly kind: 'internal'; readonly message: string};
