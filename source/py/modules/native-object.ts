import {objectType} from '../runtime/builtin-types.js';
import {PyObject} from '../runtime/py-object.js';
import {PyType} from '../runtime/py-type.js';

/** A Python object backed by one of the loop model's TypeScript objects (Queue, Lock, Handle ...). */
export class NativeObject<T> extends PyObject {
	constructor(
		readonly target: T,
		private readonly type: PyType,
		private readonly reprText: (target: T) => string,
	) {
		super();
	}

	get cls(): PyType {
		return this.type;
	}

	describe(): string {
		return this.reprText(this.target);
	}
}

/** A builtin-like class living in a module (`asyncio.Queue`, `asyncio.Lock`). */
export function moduleClass(name: string, module: string, base: PyType = objectType): PyType {
	const type = new PyType(name, [base], true);
	type.module = module;
	return type;
}
