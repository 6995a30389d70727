// addPrototypeProperties from Node 20 lib/internal/util/inspect.js: with showHidden, the
// non-method properties of up to three user-defined prototype layers are listed too.
import {builtInObjects} from './built-in-objects.js';
import {kObjectType} from './extras-type.js';
import {formatProperty} from './format-property.js';
import {hasOwnProperty, isFunction, ownDataValue, primitiveToString} from './host-reflection.js';
import type {InspectContext} from './inspect-options.js';

export function addPrototypeProperties(ctx: InspectContext, main: unknown, obj: unknown, recurseTimes: number, output: string[]): void {
	const {host} = ctx;
	let depth = 0;
	let keys: readonly unknown[] = [];
	const keySet = new Set<unknown>();
	do {
		if (depth !== 0 || main === obj) {
			obj = host.getPrototypeOf(obj);
			if (obj === null) return;
			// Stop at the first built-in prototype.
			const constructor = ownDataValue(host, obj, 'constructor');
			if (isFunction(host, constructor) && builtInObjects.has(primitiveToString(host, host.get(constructor, 'name')))) return;
		}
		if (depth !== 0) {
			for (const key of keys) keySet.add(key);
		}
		keys = host.ownKeys(obj);
		ctx.seen.push(main);
		for (const key of keys) {
			// Skip `constructor` and keys shadowed by the object or by a layer above.
			if (key === 'constructor' || hasOwnProperty(host, main, key) || (depth !== 0 && keySet.has(key))) continue;
			const desc = host.getOwnProperty(obj, key);
			if (desc === undefined || (desc.kind === 'data' && isFunction(host, desc.value))) continue;
			output.push(formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc));
		}
		ctx.seen.pop();
	} while (++depth !== 3);
}
