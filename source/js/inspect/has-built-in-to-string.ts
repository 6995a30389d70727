// hasBuiltInToString from Node 20 lib/internal/util/inspect.js: whether `%s` may inspect an
// object instead of calling its (user-defined) toString or Symbol.toPrimitive.
import {builtInObjects} from './built-in-objects.js';
import {hasOwnProperty, isFunction, ownDataValue, primitiveToString} from './host-reflection.js';
import type {InspectHost} from './inspect-host.js';

export function hasBuiltInToString(host: InspectHost, value: unknown): boolean {
	const toPrimitive = host.wellKnownSymbol('toPrimitive');
	const hasOwn = (object: unknown, key: unknown): boolean => hasOwnProperty(host, object, key);
	const returnFalse = (): boolean => false;
	let hasOwnToString = hasOwn;
	let hasOwnToPrimitive = hasOwn;

	// Objects with neither `toString` nor `Symbol.toPrimitive` count as built-in.
	if (!isFunction(host, host.get(value, 'toString'))) {
		if (!isFunction(host, host.get(value, toPrimitive))) return true;
		if (hasOwn(value, toPrimitive)) return false;
		hasOwnToString = returnFalse;
	} else if (hasOwn(value, 'toString')) {
		return false;
	} else if (!isFunction(host, host.get(value, toPrimitive))) {
		hasOwnToPrimitive = returnFalse;
	} else if (hasOwn(value, toPrimitive)) {
		return false;
	}

	// The prototype that supplies the conversion decides.
	let pointer = value;
	do {
		pointer = host.getPrototypeOf(pointer);
		if (pointer === null) return true;
	} while (!hasOwnToString(pointer, 'toString') && !hasOwnToPrimitive(pointer, toPrimitive));
	const constructor = ownDataValue(host, pointer, 'constructor');
	return isFunction(host, constructor) && builtInObjects.has(primitiveToString(host, host.get(constructor, 'name')));
}
