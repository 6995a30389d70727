import {createError} from './errors.js';
import {ThrowCompletion} from './throw-completion.js';

/**
 * Converts a host stack overflow into the program's own `RangeError`, so deep recursion is
 * catchable by the program and never crashes loopstep. Anything else passes through unchanged.
 */
export function asProgramError(error: unknown): unknown {
	// A plain comparison: the stack is nearly full here, and compiling a regular expression could overflow it again.
	if (error instanceof RangeError && error.message === 'Maximum call stack size exceeded') {
		return new ThrowCompletion(createError('RangeError', 'Maximum call stack size exceeded'));
	}
	return error;
}
