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
