import {resourceLimits} from 'node:worker_threads';

/**
 * How deep simulated calls may nest before the program gets its own RangeError, and how deeply a
 * program's syntax may nest before loopstep refuses to parse it.
 *
 * The call depth is Node's: V8 with its default stack gives a trivial `function f(n){return f(n+1)+1}`
 * about 11,400 frames and a function with a few locals about 7,000, so the limit is a fixed 10,800 —
 * as long as the host stack can carry that many. One simulated call costs about as much host stack as
 * a dozen trivial host calls, so the host stack is measured once (a capped probe: cheap even in a
 * worker with a very large stack) and bounds the limit from above. Under a small host stack (an
 * in-process test run) the program still gets a clean RangeError instead of a host overflow.
 */
export const nodeCallDepth = 10_800;
const hostFramesPerCall = 16;

/**
 * Nesting is counted in the parser's recursive steps (see nesting-guard.ts): a statement inside a
 * block is one step, an expression inside brackets or a template substitution two. Node parses
 * about 1,000 nested brackets and 2,000 nested blocks and overflows V8's parser stack soon after;
 * 3,000 steps allows the same. One step costs the parser, compiler and evaluator at most as much
 * host stack as 15 trivial host calls (measured: nested object literals and functions at the default
 * 1 MB stack); 24 leaves a margin.
 */
export const nodeNestingDepth = 3_000;
const hostFramesPerNestingLevel = 24;

const probeCap = Math.max(nodeCallDepth * hostFramesPerCall, nodeNestingDepth * hostFramesPerNestingLevel);
let probedFrames: number | undefined;

/** A trivial host frame takes about 75 bytes of stack (V8 on x64, measured in workers of 4 and 16 MB). */
const trivialFrameBytesAtMost = 256;

/**
 * Trivial host frames that fit on the stack, counted up to `probeCap`. A worker knows its stack size
 * (loopstep's simulation thread has 256 MB), and when that is plainly enough the probe, 25 ms of
 * start-up, is skipped.
 */
function hostFrames(): number {
	const stackMb = resourceLimits.stackSizeMb;
	if (probedFrames === undefined && stackMb !== undefined && (stackMb * 2 ** 20) / trivialFrameBytesAtMost >= probeCap) probedFrames = probeCap;
	if (probedFrames === undefined) {
		let depth = 0;
		const probe = (): void => {
			if (++depth < probeCap) probe();
		};
		try {
			probe();
		} catch {
			// The overflow is the measurement.
		}
		probedFrames = depth;
	}
	return probedFrames;
}

export function maxCallDepth(): number {
	return Math.max(100, Math.min(nodeCallDepth, Math.floor(hostFrames() / hostFramesPerCall)));
}

export function maxNestingDepth(): number {
	return Math.max(50, Math.min(nodeNestingDepth, Math.floor(hostFrames() / hostFramesPerNestingLevel)));
}
