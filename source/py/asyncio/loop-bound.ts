import type {BaseEventLoop} from './base-events.js';
import type {AsyncioRuntime} from './runtime.js';

/**
 * mixins.py `_LoopBoundMixin`: a primitive made outside any loop binds to the first running loop
 * that uses it, and refuses any other.
 */
export class LoopBound {
	_loop: BaseEventLoop | undefined = undefined;

	constructor(readonly runtime: AsyncioRuntime) {}

	_get_loop(): BaseEventLoop {
		const loop = this.runtime.get_running_loop();
		this._loop ??= loop;
		if (loop !== this._loop) throw loop.runtimeError(`${this.repr()} is bound to a different event loop`);
		return loop;
	}

	repr(): string {
		return `<${this.constructor.name}>`;
	}
}
