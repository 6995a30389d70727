import {formatWithOptions, inspect, type InspectOptions} from '../../inspect/index.js';
import {surroundingAgent} from '../../runtime/agent.js';
import {throwTypeError} from '../../runtime/errors.js';
import {JSFunction} from '../../values/js-function.js';
import {JSObject} from '../../values/js-object.js';
import {get} from '../../values/object-operations.js';
import {newPromiseCapability} from '../../values/promise/promise-operations.js';
import {JSPromise} from '../../values/promise/js-promise.js';
import type {Value} from '../../values/value.js';
import {inspectHost} from '../console/inspect-host-adapter.js';
import {arg, builtinFunction, defineMethod, plainObject} from '../define.js';

/** The util.inspect options a program passes, as the inspector takes them. */
export function inspectOptions(value: Value): Partial<InspectOptions> {
	if (!(value instanceof JSObject)) return {};
	const options: Record<string, unknown> = {};
	for (const key of ['depth', 'colors', 'compact', 'breakLength', 'showHidden', 'sorted', 'maxArrayLength', 'maxStringLength']) {
		const option = get(value, key);
		if (option !== undefined) options[key] = option === null ? Infinity : option;
	}
	return options as Partial<InspectOptions>;
}

/** `util`: promisify, inspect, format, types.isPromise. */
export function createUtilModule(): JSObject {
	const util = plainObject();
	defineMethod(util, 'promisify', 1, (_this, args) => {
		const original = arg(args, 0);
		if (!(original instanceof JSFunction)) throwTypeError('The "original" argument must be of type function');
		return builtinFunction(original.displayName, 0, (self, callArgs) => {
			const capability = newPromiseCapability(surroundingAgent.realm.promiseConstructor);
			const callback = builtinFunction('', 2, (_self, results) => {
				if (results[0] !== undefined && results[0] !== null) capability.reject(results[0]);
				else capability.resolve(arg(results, 1));
				return undefined;
			});
			callback.labelOverride = `${original.displayName || 'promisified'} callback`;
			original.callAs(self, [...callArgs, callback]);
			return capability.promise;
		});
	});
	defineMethod(util, 'inspect', 2, (_this, args) => inspect(arg(args, 0), inspectHost, inspectOptions(arg(args, 1))));
	defineMethod(util, 'format', 1, (_this, args) => formatWithOptions({}, args, inspectHost));
	const types = plainObject();
	defineMethod(types, 'isPromise', 1, (_this, args) => arg(args, 0) instanceof JSPromise);
	util.put('types', types);
	return util;
}
