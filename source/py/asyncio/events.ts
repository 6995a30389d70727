import type {BaseEventLoop} from './base-events.js';
import {PythonRaise} from './host.js';

/** What a handle shows in the plan and in reprs. */
export interface HandleSource {
	/** What it does, as a person reads it: `print('call_soon 1')`, `Task-2 step: task('Task 2', 1)`. */
	readonly label: string;
	/** 1-based line the callback was created on (0 for the loop's own). */
	readonly line: number;
	/**
	 * CPython's `format_helpers._format_callback_source`, for `<Handle ...>` and
	 * `Exception in callback ...`: `cb(5) at /tmp/x.py:6`. Defaults to the label.
	 */
	readonly repr?: string;
}

/** A callback registered with `call_soon` (events.py `Handle`). */
export class Handle {
	_cancelled = false;
	/** The item showing this handle in the plan's `ready` queue while it waits in `_ready` (-1: none). */
	readyItem = -1;

	constructor(
		public _callback: (() => void) | undefined,
		readonly _loop: BaseEventLoop,
		/** Replaced only when a task is renamed before its first step runs. */
		public source: HandleSource,
	) {}

	get label(): string {
		return this.source.label;
	}

	cancel(): void {
		if (this._cancelled) return;
		this._cancelled = true;
		this._callback = undefined;
		this._loop._handle_cancelled(this);
	}

	cancelled(): boolean {
		return this._cancelled;
	}

	/**
	 * Runs the callback. A Python exception goes to the loop's exception handler, except
	 * `SystemExit`/`KeyboardInterrupt`, which leave the loop (events.py `Handle._run`).
	 */
	_run(): void {
		const callback = this._callback;
		if (!callback) return;
		try {
			callback();
		} catch (error) {
			if (!(error instanceof PythonRaise) || this._loop.host.isBaseOnly(error.exception)) throw error;
			this._loop.call_exception_handler({
				message: `Exception in callback ${this.callbackRepr()}`,
				exception: error.exception,
				handle: this,
			});
		}
	}

	callbackRepr(): string {
		return this.source.repr ?? this.source.label;
	}

	repr(): string {
		return `<${this._cancelled ? 'Handle cancelled' : `Handle ${this.callbackRepr()}`}>`;
	}
}

/** A callback registered with `call_at`/`call_later`: it waits in `_scheduled` until `when`. */
export class TimerHandle extends Handle {
	/** Whether it is still in the loop's `_scheduled` heap. */
	_scheduled = false;
	/** The item showing it in the plan's `scheduled` queue (-1: none). */
	scheduledItem = -1;
	readonly whenKey: number;

	constructor(
		readonly _when: number,
		readonly sequence: number,
		callback: () => void,
		loop: BaseEventLoop,
		source: HandleSource,
	) {
		super(callback, loop, source);
		this.whenKey = Math.round(_when * 1e9);
	}

	when(): number {
		return this._when;
	}

	override cancel(): void {
		if (!this._cancelled) this._loop._timer_handle_cancelled(this);
		super.cancel();
	}

	override repr(): string {
		const state = this._cancelled ? ' cancelled' : '';
		return `<TimerHandle${state} when=${this._when}${this._cancelled ? '' : ` ${this.callbackRepr()}`}>`;
	}
}
