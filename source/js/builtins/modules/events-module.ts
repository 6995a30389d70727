import {surroundingAgent} from '../../runtime/agent.js';
import {throwTypeError} from '../../runtime/errors.js';
import {ThrowCompletion} from '../../runtime/throw-completion.js';
import {JSFunction} from '../../values/js-function.js';
import {JSObject} from '../../values/js-object.js';
import {createArray, prototypeFromConstructor} from '../../values/object-operations.js';
import {newPromiseCapability} from '../../values/promise/promise-operations.js';
import {toNumber} from '../../values/type-conversion.js';
import type {PropertyKey, Value} from '../../values/value.js';
import {arg, builtinFunction, defineConstructor, defineMethod, plainObject} from '../define.js';
import {throwInvalidArgType} from '../describe-received.js';

interface Listener {
	readonly fn: JSFunction;
	readonly once: boolean;
}

/** An emitter's `_events` (lib/events.js), kept as an internal slot. */
class EmitterState {
	readonly events = new Map<PropertyKey, Listener[]>();
	maxListeners = 10;
}

function stateOf(value: Value): EmitterState {
	if (!(value instanceof JSObject)) throwTypeError('EventEmitter method called on a non-object');
	if (!(value.internal instanceof EmitterState)) value.internal = new EmitterState();
	return value.internal as EmitterState;
}

function eventKey(value: Value): PropertyKey {
	return typeof value === 'symbol' ? value : String(value);
}

/** `events` (lib/events.js): `emit` calls every listener synchronously, in registration order. */
export function createEventsModule(): JSObject {
	const proto = plainObject();
	const holder = plainObject();
	const EventEmitter = defineConstructor(
		holder,
		'EventEmitter',
		0,
		(thisArg, _args, newTarget) => {
			const target = newTarget ? new JSObject(prototypeFromConstructor(newTarget, proto)) : thisArg;
			stateOf(target);
			return target;
		},
		proto,
	);
	const add = (once: boolean, prepend: boolean) => (self: Value, args: Value[]) => {
		const listener = arg(args, 1);
		if (!(listener instanceof JSFunction)) throwInvalidArgType('listener', 'function', listener);
		const state = stateOf(self);
		const key = eventKey(arg(args, 0));
		const list = state.events.get(key) ?? [];
		if (prepend) list.unshift({fn: listener, once});
		else list.push({fn: listener, once});
		state.events.set(key, list);
		return self;
	};
	defineMethod(proto, 'on', 2, add(false, false));
	defineMethod(proto, 'addListener', 2, add(false, false));
	defineMethod(proto, 'prependListener', 2, add(false, true));
	defineMethod(proto, 'once', 2, add(true, false));
	defineMethod(proto, 'prependOnceListener', 2, add(true, true));
	const off = defineMethod(proto, 'off', 2, (self, args) => {
		const list = stateOf(self).events.get(eventKey(arg(args, 0)));
		if (list) {
			const index = list.map(listener => listener.fn).lastIndexOf(arg(args, 1) as JSFunction);
			if (index >= 0) list.splice(index, 1);
		}
		return self;
	});
	proto.put('removeListener', off, 5);
	defineMethod(proto, 'removeAllListeners', 1, (self, args) => {
		const state = stateOf(self);
		if (args.length === 0) state.events.clear();
		else state.events.delete(eventKey(arg(args, 0)));
		return self;
	});
	defineMethod(proto, 'emit', 1, (self, args) => {
		const state = stateOf(self);
		const key = eventKey(arg(args, 0));
		const list = state.events.get(key);
		if (!list || list.length === 0) {
			if (key === 'error') throw new ThrowCompletion(arg(args, 1));
			return false;
		}
		const agent = surroundingAgent;
		agent.recorder.step('host', agent.currentLine, 0, `emit("${String(key)}") calls ${list.length === 1 ? 'its listener' : `its ${list.length} listeners`} synchronously, right now.`);
		for (const listener of list.slice()) {
			if (listener.once) {
				const index = list.indexOf(listener);
				if (index >= 0) list.splice(index, 1);
			}
			listener.fn.callAs(self, args.slice(1));
		}
		return true;
	});
	defineMethod(proto, 'listenerCount', 1, (self, args) => stateOf(self).events.get(eventKey(arg(args, 0)))?.length ?? 0);
	defineMethod(proto, 'listeners', 1, (self, args) => createArray((stateOf(self).events.get(eventKey(arg(args, 0))) ?? []).map(listener => listener.fn)));
	defineMethod(proto, 'eventNames', 0, self => createArray([...stateOf(self).events].filter(([, list]) => list.length > 0).map(([key]) => key)));
	defineMethod(proto, 'setMaxListeners', 1, (self, args) => {
		stateOf(self).maxListeners = toNumber(arg(args, 0));
		return self;
	});
	defineMethod(proto, 'getMaxListeners', 0, self => stateOf(self).maxListeners);
	EventEmitter.put('EventEmitter', EventEmitter, 5);
	EventEmitter.put('defaultMaxListeners', 10);
	defineMethod(EventEmitter, 'once', 2, (_this, args) => {
		const capability = newPromiseCapability(surroundingAgent.realm.promiseConstructor);
		const emitter = arg(args, 0);
		const resolve = builtinFunction('', 0, (_self, values) => (capability.resolve(createArray(values)), undefined));
		const state = stateOf(emitter);
		const key = eventKey(arg(args, 1));
		const list = state.events.get(key) ?? [];
		list.push({fn: resolve, once: true});
		state.events.set(key, list);
		return capability.promise;
	});
	return EventEmitter;
}
