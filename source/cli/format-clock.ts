/** The virtual clock as a person reads it: milliseconds for Node, seconds for asyncio. */
export function formatClock(ms: number, unit: 'ms' | 's'): string {
	if (unit === 's') return `${(ms / 1000).toFixed(3)} s`;
	return `${Number.isInteger(ms) ? ms : ms.toFixed(3)} ms`;
}
