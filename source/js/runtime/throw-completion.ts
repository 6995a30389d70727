import type {Value} from '../values/value.js';

/**
 * An abrupt throw completion (§6.2.4) carried as a host exception. It is not an `Error`, so throwing
 * it captures no host stack; nothing but the simulator's own catch sites ever sees it.
 */
export class ThrowCompletion {
	constructor(readonly value: Value) {}
}
