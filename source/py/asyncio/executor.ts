import {cpus} from 'node:os';
import type {BaseEventLoop} from './base-events.js';
import {coroutine} from './coroutine.js';
import type {AsyncioGenerator, Future} from './futures.js';
import type {PyObject, TaskCoroutine} from './host.js';
import type {AsyncioRuntime} from './runtime.js';

/** concurrent.futures.ThreadPoolExecutor's default size: `min(32, os.cpu_count() + 4)`. */
const defaultMaxWorkers = Math.min(32, cpus().length + 4);

/**
 * The loop's default executor, simulated. A submitted function runs to completion at once (its
 * prints appear when it is submitted); what it would cost a real thread is the time its
 * `time.sleep` calls add up to. Each of `max_workers` workers is busy until the job it took
 * finishes; a job starts when the earliest worker is free, and its result reaches the loop as a
 * timer at start + cost, so the clock shows the worker's time and the loop keeps running meanwhile.
 */
export class DefaultExecutor {
	/** When each worker becomes free, in loop seconds. */
	private readonly busyUntil: number[];
	/** Jobs whose result has not reached the loop yet. */
	private running = 0;

	constructor(
		private readonly loop: BaseEventLoop,
		maxWorkers = defaultMaxWorkers,
	) {
		this.busyUntil = new Array<number>(maxWorkers).fill(0);
	}

	submit(func: PyObject, args: readonly PyObject[], label: string): Future {
		const loop = this.loop;
		const future = loop.create_future(label);
		const outcome = loop.host.runInWorker(func, args);
		let worker = 0;
		for (let index = 1; index < this.busyUntil.length; index++) {
			if (this.busyUntil[index]! < this.busyUntil[worker]!) worker = index;
		}
		const start = Math.max(loop.time(), this.busyUntil[worker]!);
		const finish = start + outcome.cost;
		this.busyUntil[worker] = finish;
		this.running++;
		loop.call_at(
			finish,
			() => {
				this.running--;
				if (future.cancelled()) return;
				if (outcome.exception !== undefined) future.set_exception(outcome.exception);
				else future.set_result(outcome.value ?? loop.host.none);
			},
			{label: `worker thread: ${label} done`, line: 0, repr: '_chain_future.<locals>._call_set_state()'},
		);
		return future;
	}

	/**
	 * base_events.py `shutdown_default_executor`: wait until every worker is idle. The wakeup is a
	 * timer at the last finish time, scheduled after every job's timer, so it fires after them.
	 */
	*shutdown(): AsyncioGenerator<void> {
		if (this.running === 0) return;
		const loop = this.loop;
		const waiter = loop.create_future('executor shutdown');
		const last = Math.max(loop.time(), ...this.busyUntil);
		loop.call_at(last, () => waiter.set_result(loop.host.none), {label: 'default executor shut down', line: 0, repr: '_do_shutdown()'});
		yield* waiter.__await__();
	}
}

/** `loop.run_in_executor(None, func, *args)`; `label` reads like the call, e.g. `blocking_io()`. */
export function run_in_executor(loop: BaseEventLoop, func: PyObject, args: readonly PyObject[], label: string): Future {
	loop._check_closed();
	return loop.default_executor().submit(func, args, label);
}

/** `asyncio.to_thread(func, *args)`: a coroutine awaiting `run_in_executor` on the running loop. */
export function to_thread(runtime: AsyncioRuntime, func: PyObject, args: readonly PyObject[], label: string): TaskCoroutine {
	return coroutine(
		runtime,
		(function* (): AsyncioGenerator {
			const loop = runtime.get_running_loop();
			return yield* run_in_executor(loop, func, args, label).__await__();
		})(),
		`to_thread(${label})`,
		'to_thread',
	);
}
