import {objectType} from './builtin-types.js';
import {typeError} from './exception-types.js';
import {PyInstance} from './py-instance.js';
import {isUserMethod} from './py-callables.js';
import type {Kwargs, PyValue} from './py-object.js';
import type {PyType} from './py-type.js';
import {raise} from './raise.js';
import {callObject} from './call.js';
import {isInstance} from './type-of.js';

/**
 * `cls(*args, **kwargs)`: `__new__` then `__init__`, as `type.__call__` does. Builtin bases make the
 * instance (`nativeNew`); a user `__init__` then initialises it.
 */
export function constructInstance(cls: PyType, args: PyValue[], kwargs: Kwargs | null): PyValue {
	const userNew = cls.lookup('__new__');
	let instance: PyValue;
	if (isUserMethod(userNew)) {
		instance = callObject(userNew, [cls, ...args], kwargs);
		if (!isInstance(instance, cls)) return instance;
	} else {
		const native = nativeConstructorOf(cls);
		if (native) {
			instance = native(cls, args, kwargs);
			// A builtin's own constructor already consumed the arguments unless a subclass adds __init__.
			const init = cls.lookup('__init__');
			if (!isUserMethod(init)) return instance;
			callObject(init, [instance, ...args], kwargs);
			return instance;
		}
		instance = new PyInstance(cls);
	}
	const init = cls.lookup('__init__');
	if (isUserMethod(init)) {
		const result = callObject(init, [instance, ...args], kwargs);
		if (result !== null) raise(typeError, `__init__() should return None, not '${typeof result === 'object' ? result.cls.name : typeof result}'`);
	} else if (args.length > 0 || (kwargs && kwargs.size > 0)) {
		raise(typeError, `${cls.name}() takes no arguments`);
	}
	return instance;
}

function nativeConstructorOf(cls: PyType): PyType['nativeNew'] {
	for (const klass of cls.mro) {
		if (klass === objectType) return undefined;
		if (klass.nativeNew) return klass.nativeNew;
	}
	return undefined;
}
