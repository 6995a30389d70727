/** What the simulator did with one input, as the simulating child process reports it back. */
export type SimulationResult =
	| {readonly kind: 'source-error'; readonly errorName: string; readonly message: string; readonly line: number; readonly column: number}
	| {
			readonly kind: 'plan';
			readonly exitCode: number;
			readonly stopped?: {readonly reason: string; readonly message: string};
			readonly length: number;
			/** `plan.stateAt(plan.length - 1)` failed: the message, when it did. */
			readonly lastStateProblem?: string;
			readonly outputBytes: number;
			/** The end of what the program wrote to stderr (its own error message, if any). */
			readonly stderrTail: string;
			/** Lines the console holds at the last step, for the output-limit checks. */
			readonly consoleChunks: number;
	  }
	| {readonly kind: 'crash'; readonly name: string; readonly message: string; readonly stack: string};

/** One simulated input: what happened and how long it took, or that it never answered. */
export type CaseVerdict =
	| (SimulationResult & {readonly elapsedMs: number})
	| {readonly kind: 'hang'; readonly elapsedMs: number}
	| {readonly kind: 'child-died'; readonly message: string; readonly elapsedMs: number};

/**
 * Why a verdict is not a clean outcome, or undefined when it is. Clean means: a `SourceError` naming
 * a line and column, or a plan that ended on its own or at a documented limit and whose last step
 * can be shown. A plan stopped with reason `internal` is the simulator catching its own bug.
 */
export function problemOf(verdict: CaseVerdict, timeBoundMs: number): string | undefined {
	switch (verdict.kind) {
		case 'hang':
			return `hang: no answer after ${Math.round(verdict.elapsedMs)} ms`;
		case 'child-died':
			return `host crash: ${verdict.message}`;
		case 'crash':
			return `crash: threw ${verdict.name}: ${firstLine(verdict.message)}`;
		case 'source-error':
			if (!(verdict.line >= 1 && verdict.column >= 1)) return `source error without a position: ${verdict.errorName}: ${firstLine(verdict.message)}`;
			if (verdict.message.trim() === '') return `source error without a message (${verdict.errorName})`;
			break;
		case 'plan':
			if (verdict.stopped?.reason === 'internal') return `internal: ${firstLine(verdict.stopped.message)}`;
			if (verdict.lastStateProblem) return `last step not steppable: ${verdict.lastStateProblem}`;
			if (verdict.length < 1) return 'empty plan';
			break;
	}
	if (verdict.elapsedMs > timeBoundMs) return `slow: ${Math.round(verdict.elapsedMs)} ms (bound ${timeBoundMs} ms)`;
	return undefined;
}

/**
 * The problem with its variable parts (names, numbers, quoted text) blurred, so that many mutants
 * hitting one bug group under one cause.
 */
export function causeOf(problem: string): string {
	return problem
		.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '…')
		.replace(/\d+/g, 'N')
		.slice(0, 160);
}

function firstLine(text: string): string {
	return text.split('\n', 1)[0]!.slice(0, 300);
}
