/** Why a plan ended early: the program did not finish on its own. */
export interface Stopped {
	/** `deadlock`: nothing can ever run again, where the real runtime would wait forever. */
	readonly reason: 'max-steps' | 'call-depth' | 'console-limit' | 'memory' | 'unsupported' | 'deadlock' | 'internal';
	/** One line a person reads, e.g. `stopped after 1,000,000 steps (--max-steps)`. */
	readonly message: string;
	/** 1-based line the stop is about, when there is one. */
	readonly line?: number;
}

/** How the simulated program ended. */
export interface Outcome {
	/** What the real runtime would exit with (1 when stopped). */
	readonly exitCode: number;
	readonly stopped?: Stopped;
}
