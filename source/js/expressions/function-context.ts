import type {Compiler} from '../compiler/compiler.js';
import {functionObjectName, newTargetName, thisName} from '../compiler/scope.js';
import type {Environment} from '../runtime/environment.js';
import type {Value} from '../values/value.js';

/** Where the nearest non-arrow function keeps `this`, `new.target` and itself (its env's slots 0–2). */
export interface FunctionSlots {
	readonly environment: (env: Environment) => Environment;
	readonly thisSlot: number;
	readonly newTargetSlot: number;
	readonly functionSlot: number;
}

export function functionSlots(c: Compiler): FunctionSlots {
	const binding = c.scope.resolve(thisName)!;
	const hops = binding.hops;
	return {
		environment: env => {
			let e = env;
			for (let i = 0; i < hops; i++) e = e.parent!;
			return e;
		},
		thisSlot: binding.slot,
		newTargetSlot: c.scope.resolve(newTargetName)?.slot ?? -1,
		functionSlot: c.scope.resolve(functionObjectName)?.slot ?? -1,
	};
}

export function readSlot(env: Environment, slot: number): Value {
	return slot < 0 ? undefined : env.vars[slot];
}
