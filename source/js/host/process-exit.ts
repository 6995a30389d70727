/** Unwinds the whole simulation when the process ends (`process.exit`, a fatal exception). */
export class ProcessExit {
	constructor(readonly code: number) {}
}

/** Stops the simulation: a host facility loopstep does not simulate (eval, fs, fetch ...), or a resource limit. */
export class SandboxStop {
	constructor(
		readonly message: string,
		readonly line: number | undefined,
		readonly reason: 'unsupported' | 'console-limit' | 'memory' = 'unsupported',
	) {}
}

/** Output kept in a plan before the simulation stops: enough for any teaching program. */
export const consoleLimitBytes = 32 * 1024 * 1024;
