import type {TaskCoroutine} from '../asyncio/host.js';
import {coroutineType} from './builtin-types.js';
import {addressOf} from './object-ids.js';
import {PyObject} from './py-object.js';
import type {PyType} from './py-type.js';

/** A coroutine implemented by the asyncio model (`asyncio.sleep(1)`, `queue.get()`), as a Python object. */
export class PyNativeCoroutine extends PyObject {
	constructor(
		readonly coro: TaskCoroutine,
		readonly qualname: string,
	) {
		super();
	}

	get cls(): PyType {
		return coroutineType;
	}

	describe(): string {
		return `<coroutine object ${this.qualname} at ${addressOf(this)}>`;
	}
}
