import {surroundingAgent} from '../runtime/agent.js';
import {JSArray} from '../values/js-array.js';
import type {Value} from '../values/value.js';

/** CreateUnmappedArgumentsObject (§10.4.4.6), as an array-like with the Arguments brand. */
export function createArgumentsObject(args: readonly Value[]): JSArray {
	const object = new JSArray(surroundingAgent.realm.objectPrototype, args.slice());
	object.className = 'Arguments';
	return object;
}
