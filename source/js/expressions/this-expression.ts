import type {Node} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator} from '../compiler/compiled.js';
import {thisName} from '../compiler/scope.js';
import type {Environment} from '../runtime/environment.js';
import {throwError} from '../runtime/errors.js';
import {uninitialized} from '../values/value.js';

/** ResolveThisBinding (§9.4.4): the nearest non-arrow function's `this`, checked in derived constructors. */
export function compileThisExpression(c: Compiler, _node: Node): Evaluator {
	const binding = c.scope.resolve(thisName)!;
	const {hops, slot} = binding;
	return (env: Environment) => {
		let e = env;
		for (let i = 0; i < hops; i++) e = e.parent!;
		const value = e.vars[slot];
		if (value === uninitialized) throwError('ReferenceError', "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
		return value;
	};
}
