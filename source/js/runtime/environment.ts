import type {Value} from '../values/value.js';

/**
 * A declarative Environment Record (§9.1.1.1) with its bindings resolved to slots at compile time:
 * identifiers become (hops, slot) pairs, so a lookup is a walk of `hops` parents and an array read.
 */
export class Environment {
	constructor(
		readonly vars: Value[],
		readonly parent: Environment | null,
	) {}
}

/** CreatePerIterationEnvironment (§14.7.4.4): a fresh copy of the loop's `let` bindings. */
export function copyEnvironment(env: Environment): Environment {
	return new Environment(env.vars.slice(), env.parent);
}
