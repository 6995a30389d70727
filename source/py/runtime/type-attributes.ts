import {PyTuple} from './py-containers.js';
import type {PyValue} from './py-object.js';
import type {PyType} from './py-type.js';

/** Attributes every class has without storing them: `__name__`, `__mro__`, `__bases__` ... */
export function specialTypeAttribute(cls: PyType, name: string): PyValue | undefined {
	switch (name) {
		case '__name__':
			return cls.name;
		case '__qualname__':
			return cls.qualname;
		case '__module__':
			return cls.module;
		case '__mro__':
			return new PyTuple(cls.mro);
		case '__bases__':
			return new PyTuple(cls.bases);
		case '__base__':
			return cls.bases[0] ?? null;
		case '__doc__':
			return null;
		default:
			return undefined;
	}
}
