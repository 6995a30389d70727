/** The Node core modules loopstep simulates; any other `require`/`import` is refused. */
const simulated = new Set(['events', 'timers', 'timers/promises', 'util']);

export function moduleName(specifier: string): string {
	return specifier.startsWith('node:') ? specifier.slice(5) : specifier;
}

export function isSimulatedModule(specifier: string): boolean {
	return simulated.has(moduleName(specifier));
}
