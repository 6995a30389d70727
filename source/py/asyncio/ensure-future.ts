import type {BaseEventLoop} from './base-events.js';
import {Future} from './futures.js';
import {PythonRaise, type TaskCoroutine} from './host.js';

/**
 * tasks.py `ensure_future`: a Future stays itself, a coroutine becomes a Task. (Other awaitables
 * are the interpreter's business: it wraps them in a coroutine first.)
 */
export function ensure_future(awaitable: Future | TaskCoroutine, loop: BaseEventLoop): Future {
	if (awaitable instanceof Future) {
		if (awaitable._loop !== loop) {
			throw new PythonRaise(loop.host.makeException('ValueError', 'The future belongs to a different loop than the one specified as the loop argument'));
		}
		return awaitable;
	}
	return loop.create_task(awaitable);
}
