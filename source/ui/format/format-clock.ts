/** The virtual clock as a person reads it: milliseconds for Node, seconds for asyncio. */
export function formatClock(ms: number, unit: 'ms' | 's'): string {
	if (unit === 's') return `${trimDecimals(ms / 1000)} s`;
	return `${trimDecimals(ms)} ms`;
}

/** A timer's remaining time, e.g. `in 3 ms`, `in 0.5 s`, or `due` once the clock has reached it. */
export function formatCountdown(due: number, clock: number, unit: 'ms' | 's'): string {
	const left = due - clock;
	return left <= 0 ? 'due' : `in ${formatClock(left, unit)}`;
}

function trimDecimals(value: number): string {
	return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
}
