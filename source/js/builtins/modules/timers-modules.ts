import {surroundingAgent} from '../../runtime/agent.js';
import {JSObject} from '../../values/js-object.js';
import {newPromiseCapability} from '../../values/promise/promise-operations.js';
import {toNumber} from '../../values/type-conversion.js';
import type {Value} from '../../values/value.js';
import {arg, builtinFunction, defineMethod, plainObject} from '../define.js';

/** `timers`: the same functions as the globals. */
export function createTimersModule(): JSObject {
	const global = surroundingAgent.realm.globalObject;
	const module = plainObject();
	for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) module.put(name, global.getOwn(name)?.value);
	return module;
}

/** `timers/promises` (lib/timers/promises.js): a timer or immediate that resolves a promise with `value`. */
export function createTimersPromisesModule(): JSObject {
	const module = plainObject();
	const global = surroundingAgent.realm.globalObject;
	const promiseTimer = (kind: 'setTimeout' | 'setImmediate') => (_this: Value, args: Value[]) => {
		const capability = newPromiseCapability(surroundingAgent.realm.promiseConstructor);
		const value = kind === 'setTimeout' ? arg(args, 1) : arg(args, 0);
		const resolve = builtinFunction('', 0, () => (capability.resolve(value), undefined));
		resolve.labelOverride = `resolve the ${kind} promise`;
		resolve.lineOverride = surroundingAgent.currentLine;
		const schedule = global.getOwn(kind)!.value as JSObject;
		const callArgs = kind === 'setTimeout' ? [resolve, arg(args, 0) === undefined ? 1 : toNumber(arg(args, 0))] : [resolve];
		(schedule as unknown as {callAs: (t: Value, a: Value[]) => Value}).callAs(undefined, callArgs);
		return capability.promise;
	};
	defineMethod(module, 'setTimeout', 2, promiseTimer('setTimeout'));
	defineMethod(module, 'setImmediate', 1, promiseTimer('setImmediate'));
	const scheduler = plainObject();
	defineMethod(scheduler, 'wait', 1, (self, args) => promiseTimer('setTimeout')(self, [arg(args, 0)]));
	defineMethod(scheduler, 'yield', 0, self => promiseTimer('setImmediate')(self, []));
	module.put('scheduler', scheduler);
	return module;
}
