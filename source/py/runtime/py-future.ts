import type {Future} from '../asyncio/futures.js';
import {PyObject} from './py-object.js';
import type {PyType} from './py-type.js';

/** The Python classes `asyncio.Future` and `asyncio.Task`, made by the asyncio module bindings. */
export const futureClasses: {future: PyType | undefined; task: PyType | undefined} = {future: undefined, task: undefined};

/** A loop Future or Task as a Python object (one per future: `AsyncioHost.wrapFuture`). */
export class PyFuture extends PyObject {
	constructor(
		readonly future: Future,
		private readonly isTask: boolean,
	) {
		super();
	}

	get cls(): PyType {
		return (this.isTask ? futureClasses.task : futureClasses.future)!;
	}

	describe(): string {
		return this.future.repr();
	}
}
