import {formatClock} from '../../plan/index.js';

export {formatClock};

/** A timer's remaining time, e.g. `in 3 ms`, `in 0.5 s`, or `due` once the clock has reached it. */
export function formatCountdown(due: number, clock: number, unit: 'ms' | 's'): string {
	const left = due - clock;
	return left <= 0 ? 'due' : `in ${formatClock(left, unit)}`;
}
