/** The virtual clock as a person reads it, in the plan's display unit: ms for Node, seconds for asyncio. */
export function formatClock(ms: number, unit: 'ms' | 's'): string {
	if (unit === 's') return `${trimDecimals(ms / 1000)} s`;
	return `${trimDecimals(ms)} ms`;
}

function trimDecimals(value: number): string {
	return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
}
