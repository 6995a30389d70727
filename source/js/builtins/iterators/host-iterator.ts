import {surroundingAgent} from '../../runtime/agent.js';
import {throwTypeError} from '../../runtime/errors.js';
import {createIterResult} from '../../runtime/generator-driver.js';
import {JSObject} from '../../values/js-object.js';
import type {Value} from '../../values/value.js';
import {defineMethod, defineValue} from '../define.js';

/** The state of a built-in iterator (Array, Map, Set, String iterators): a host iterator. */
class HostIteratorState {
	constructor(readonly iterator: Iterator<Value>) {}
}

/** %ArrayIteratorPrototype% and friends (§23.1.5.2, §24.1.5.2, ...), one per toStringTag. */
function iteratorPrototype(tag: string): JSObject {
	const realm = surroundingAgent.realm;
	let proto = realm.hostIteratorPrototypes.get(tag);
	if (proto) return proto;
	proto = new JSObject(realm.iteratorPrototype);
	defineMethod(proto, 'next', 0, self => {
		const state = self instanceof JSObject ? self.internal : undefined;
		if (!(state instanceof HostIteratorState)) throwTypeError(`next method called on incompatible receiver ${String(self)}`);
		const result = state.iterator.next();
		return createIterResult(result.done ? undefined : result.value, result.done === true);
	});
	defineValue(proto, Symbol.toStringTag, tag, 4);
	realm.hostIteratorPrototypes.set(tag, proto);
	return proto;
}

export function createHostIterator(tag: string, iterator: Iterator<Value>): JSObject {
	const object = new JSObject(iteratorPrototype(tag));
	object.className = tag;
	object.internal = new HostIteratorState(iterator);
	return object;
}

/** The host iterator behind a built-in iterator object, if it is one. */
export function hostIteratorOf(object: JSObject): Iterator<Value> | undefined {
	return object.internal instanceof HostIteratorState ? object.internal.iterator : undefined;
}

export function hostIteratorPrototype(tag: string): JSObject {
	return iteratorPrototype(tag);
}
