import {builtinFunction} from '../builtins/define.js';
import {valueError} from '../runtime/exception-types.js';
import {PyModule} from '../runtime/py-instance.js';
import {PyFloat, type PyValue} from '../runtime/py-object.js';
import {raise} from '../runtime/raise.js';
import type {Interpreter} from '../interpreter/interpreter.js';
import {seconds} from './asyncio-arguments.js';

/** The wall clock the program sees at virtual time 0 (a fixed date, so runs repeat exactly). */
const epochStart = 1_700_000_000;

/** `time`: every clock reads the virtual clock; `sleep` blocks the thread and moves time on. */
export function timeModule(interp: Interpreter): PyModule {
	const now = () => interp.clock.now + (interp.workerCost ?? 0);
	return new PyModule('time', [
		['time', builtinFunction('time', () => new PyFloat(epochStart + now()))],
		['time_ns', builtinFunction('time_ns', () => BigInt(Math.round((epochStart + now()) * 1e9)))],
		['monotonic', builtinFunction('monotonic', () => new PyFloat(now()))],
		['monotonic_ns', builtinFunction('monotonic_ns', () => Math.round(now() * 1e9))],
		['perf_counter', builtinFunction('perf_counter', () => new PyFloat(now()))],
		['perf_counter_ns', builtinFunction('perf_counter_ns', () => Math.round(now() * 1e9))],
		['process_time', builtinFunction('process_time', () => new PyFloat(now()))],
		[
			'sleep',
			builtinFunction('sleep', (args): PyValue => {
				const delay = seconds(args[0]);
				if (delay < 0) raise(valueError, 'sleep length must be non-negative');
				interp.recorder.step('host', interp.line, 0, `time.sleep(${delay}) blocks the whole thread: nothing else can run for ${delay} s`);
				if (interp.workerCost !== undefined) interp.workerCost += delay;
				else interp.clock.advanceBy(delay);
				return null;
			}),
		],
	]);
}
