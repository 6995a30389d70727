import {JSObject} from '../../values/js-object.js';
import type {JSPromise} from '../../values/promise/js-promise.js';
import {toString} from '../../values/type-conversion.js';
import {arg, defineMethod, defineValue, plainObject} from '../define.js';
import {sandboxStop} from '../function.js';
import {createEventsModule} from './events-module.js';
import {createTimersModule, createTimersPromisesModule} from './timers-modules.js';
import {createUtilModule} from './util-module.js';
import {moduleName} from './simulated-modules.js';

export interface Modules {
	readonly moduleExports: JSObject;
	readonly importModule: (specifier: string) => JSObject;
	readonly trackTopLevelAwait: (promise: JSPromise) => void;
}

/** `require`, `module`, `exports` and the simulated core modules (each created once, on first use). */
export function installModules(global: JSObject, file: string, isModule: boolean): Modules {
	const cache = new Map<string, JSObject>();
	const factories: Record<string, () => JSObject> = {
		events: createEventsModule,
		timers: createTimersModule,
		'timers/promises': createTimersPromisesModule,
		util: createUtilModule,
	};
	const load = (specifier: string): JSObject => {
		const name = moduleName(specifier);
		const factory = factories[name];
		if (!factory) sandboxStop(`require('${specifier}')`);
		let namespace = cache.get(name);
		if (!namespace) cache.set(name, (namespace = factory()));
		return namespace;
	};
	const moduleObject = plainObject();
	const moduleExports = plainObject();
	moduleObject.put('exports', moduleExports);
	if (!isModule) {
		defineMethod(global, 'require', 1, (_this, args) => load(toString(arg(args, 0))));
		defineValue(global, 'module', moduleObject);
		defineValue(global, 'exports', moduleExports);
		defineValue(global, '__filename', file);
		defineValue(global, '__dirname', file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.');
	}
	return {
		moduleExports,
		importModule: specifier => {
			const namespace = load(specifier);
			if (!namespace.getOwn('default')) namespace.put('default', namespace, 0);
			return namespace;
		},
		trackTopLevelAwait: () => undefined,
	};
}
