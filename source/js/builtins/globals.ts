import {surroundingAgent} from '../runtime/agent.js';
import {JSObject} from '../values/js-object.js';
import {toNumber, toString} from '../values/type-conversion.js';
import {arg, defineMethod, defineValue, plainObject} from './define.js';
import {sandboxStop} from './function.js';

/** Value properties and functions of the global object (§19.1, §19.2), Node's globals, and the sandbox's refusals. */
export function installGlobals(global: JSObject): void {
	defineValue(global, 'globalThis', global);
	defineValue(global, 'global', global);
	defineValue(global, 'undefined', undefined, 0);
	defineValue(global, 'NaN', Number.NaN, 0);
	defineValue(global, 'Infinity', Number.POSITIVE_INFINITY, 0);
	defineMethod(global, 'parseInt', 2, (_this, args) => Number.parseInt(toString(arg(args, 0)), arg(args, 1) === undefined ? undefined : toNumber(arg(args, 1))));
	defineMethod(global, 'parseFloat', 1, (_this, args) => Number.parseFloat(toString(arg(args, 0))));
	defineMethod(global, 'isNaN', 1, (_this, args) => Number.isNaN(toNumber(arg(args, 0))));
	defineMethod(global, 'isFinite', 1, (_this, args) => Number.isFinite(toNumber(arg(args, 0))));
	for (const name of ['encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI'] as const) {
		defineMethod(global, name, 1, (_this, args) => globalThis[name](toString(arg(args, 0))));
	}
	defineMethod(global, 'eval', 1, () => sandboxStop('eval'));
	defineMethod(global, 'fetch', 1, () => sandboxStop('fetch'));
	for (const name of ['XMLHttpRequest', 'WebSocket', 'Worker', 'SharedArrayBuffer', 'WebAssembly']) {
		defineMethod(global, name, 0, () => sandboxStop(name));
	}
	const performance = plainObject();
	defineMethod(performance, 'now', 0, () => surroundingAgent.readClock());
	defineValue(global, 'performance', performance);
}
