import type {Value} from '../values/value.js';

/**
 * What a suspendable body hands to its driver when it stops: `await` (§27.7.5.3 Await) or a
 * generator `yield` (§27.5.3.7 GeneratorYield). The driver resumes the body with the result.
 */
export class Suspension {
	constructor(
		/** `return`: the body asks its driver to return from it with `value` (see ReturnRequest). */
		readonly kind: 'await' | 'yield' | 'return',
		readonly value: Value,
		/** 1-based line of the await or yield, for the queue label of the resumption. */
		readonly line: number,
		/** A `yield*` yielding its inner iterator's value: return() goes to that iterator first (§15.5.5). */
		readonly delegating = false,
	) {}
}

/** The host generator a compiled async or generator body runs as. */
export type SuspendableBody<T> = Generator<Suspension, T, Value>;

/**
 * What a generator's return() resumes a body with while it is delegating with `yield*`: the
 * `yield*` calls the inner iterator's return first (§15.5.5 step 7.c) and, once that finishes,
 * hands back a `return` suspension so that the driver returns from the body.
 */
export class ReturnRequest {
	constructor(readonly value: Value) {}

	/** Resumes `body` with this request, where it otherwise receives program values. */
	resume<T>(body: SuspendableBody<T>): IteratorResult<Suspension, T> {
		return body.next(this as unknown as Value);
	}
}
