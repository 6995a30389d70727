/**
 * How deep simulated calls may nest before the program gets its own RangeError. One simulated call
 * costs about as much host stack as a dozen trivial host calls, so the limit is measured once from
 * the host stack actually available (larger with `node --stack-size=...`), with a safety margin so
 * the host never overflows inside loopstep's own bookkeeping.
 */
const hostFramesPerCall = 16;
let measured: number | undefined;

export function maxCallDepth(): number {
	if (measured === undefined) {
		let depth = 0;
		const probe = (): void => {
			depth++;
			probe();
		};
		try {
			probe();
		} catch {
			// The overflow is the measurement.
		}
		measured = Math.max(100, Math.floor(depth / hostFramesPerCall));
	}
	return measured;
}
