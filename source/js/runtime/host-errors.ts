import {createError} from './errors.js';
import {ThrowCompletion} from './throw-completion.js';

/**
 * Converts a host stack overflow into the program's own `RangeError`, so deep recursion is
 * catchable by the program and never crashes loopstep. Anything else passes through unchanged.
 */
export function asProgramError(error: unknown): unknown {
	if (error instanceof RangeError && /call stack/i.test(error.message)) {
		return new ThrowCompletion(createError('RangeError', 'Maximum call stack size exceeded'));
	}
	return error;
}
