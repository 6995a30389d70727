import {formatCount} from '../../plan/index.js';

/**
 * Stops the simulation at one of loopstep's own resource limits (not a Python exception: the
 * program cannot catch it). The plan up to here stays steppable.
 */
export class SimulationStop extends Error {
	constructor(
		message: string,
		readonly reason: 'console-limit' | 'memory',
	) {
		super(message);
		this.name = 'SimulationStop';
	}
}


/** The longest str or bytes a program may build: 64 Mi characters. */
export const maxStringLength = 2 ** 26;

/**
 * The most items a list or tuple may hold: 2 Mi host pointers, a 16 MB backing store, which V8 still
 * grants the simulation thread at its heap limit, so filling the heap ends the thread cleanly
 * instead of aborting the process (see source/js/values/js-array.ts).
 */
export const maxSequenceLength = 2 ** 21;

/** The widest int a program may build: 2**25 bits, about 10.1 million decimal digits. */
export const maxIntBits = 2 ** 25;

function tooLarge(what: string, size: number, cap: number, unit: string): never {
	const shown = (n: number): string => formatCount(n);
	throw new SimulationStop(`the program built ${what === 'int' ? 'an' : 'a'} ${what} of ${shown(size)} ${unit}, more than loopstep's cap of ${shown(cap)} (CPython would go on until it ran out of memory: MemoryError)`, 'memory');
}

/** Throws the stop when a str or bytes of `length` characters would pass the cap. */
export function checkStringLength(length: number, what: 'str' | 'bytes' = 'str'): void {
	if (length > maxStringLength) tooLarge(what, length, maxStringLength, what === 'str' ? 'characters' : 'bytes');
}

/** Throws the stop when a list or tuple of `length` items would pass the cap. */
export function checkSequenceLength(length: number, what = 'list'): void {
	if (length > maxSequenceLength) tooLarge(what, length, maxSequenceLength, 'items');
}

/** Throws the stop when an int of about `bits` bits would pass the cap. */
export function checkIntBits(bits: number): void {
	if (bits > maxIntBits) tooLarge('int', bits, maxIntBits, 'bits');
}

/**
 * The host's own size limits (V8's string, array and BigInt caps, a failed allocation) reached
 * through a path no explicit check covers; undefined for any other error.
 */
export function hostSizeLimit(error: unknown): SimulationStop | undefined {
	if (!(error instanceof RangeError)) return undefined;
	const message = error.message;
	if (message === 'Invalid string length' || message === 'Invalid array length' || message === 'Maximum BigInt size exceeded' || message === 'Array buffer allocation failed' || message.startsWith('Invalid typed array length')) {
		return new SimulationStop(`the program built a value too large to simulate (in the host: RangeError: ${message}; CPython would go on until MemoryError)`, 'memory');
	}
	return undefined;
}
