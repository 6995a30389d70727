import type {Value} from '../values/value.js';

/**
 * What a suspendable body hands to its driver when it stops: `await` (§27.7.5.3 Await) or a
 * generator `yield` (§27.5.3.7 GeneratorYield). The driver resumes the body with the result.
 */
export class Suspension {
	constructor(
		readonly kind: 'await' | 'yield',
		readonly value: Value,
		/** 1-based line of the await or yield, for the queue label of the resumption. */
		readonly line: number,
	) {}
}

/** The host generator a compiled async or generator body runs as. */
export type SuspendableBody<T> = Generator<Suspension, T, Value>;
