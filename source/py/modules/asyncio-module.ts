import {as_completed} from '../asyncio/as-completed.js';
import {ensure_future} from '../asyncio/ensure-future.js';
import type {Future} from '../asyncio/futures.js';
import {to_thread} from '../asyncio/executor.js';
import {gather} from '../asyncio/gather.js';
import type {TaskCoroutine} from '../asyncio/host.js';
import {run} from '../asyncio/runners.js';
import {AsyncioRuntime} from '../asyncio/runtime.js';
import {shield} from '../asyncio/shield.js';
import {sleep} from '../asyncio/sleep.js';
import {create_task} from '../asyncio/task-functions.js';
import type {Task} from '../asyncio/tasks.js';
import {Timeout, timeout, timeout_at} from '../asyncio/timeouts.js';
import {wait, type ReturnWhen} from '../asyncio/wait.js';
import {wait_for} from '../asyncio/wait-for.js';
import {builtinFunction, defineMethods} from '../builtins/define.js';
import {objectType} from '../runtime/builtin-types.js';
import * as errors from '../runtime/exception-types.js';
import {PyIterator, toArray} from '../runtime/iteration.js';
import {PyFunction} from '../runtime/py-callables.js';
import {PyFuture, futureClasses} from '../runtime/py-future.js';
import {PyModule} from '../runtime/py-instance.js';
import {PyNativeCoroutine} from '../runtime/py-native-coroutine.js';
import type {Kwargs, PyValue} from '../runtime/py-object.js';
import {PyType} from '../runtime/py-type.js';
import {newException} from '../runtime/raise.js';
import {PyCoroutine} from '../interpreter/generators.js';
import type {Interpreter} from '../interpreter/interpreter.js';
import {shortRepr} from '../interpreter/short-repr.js';
import {awaitableArgument, coroutineArgument, formatDelay, optionalSeconds, pythonCall, requiredArguments, seconds} from './asyncio-arguments.js';
import {asyncioHost} from './asyncio-host.js';
import {callableName, loopCallback, wrapLoop} from './asyncio-loop-object.js';
import {asyncioPrimitives} from './asyncio-primitives.js';
import {NativeObject} from './native-object.js';

const futureType = new PyType('Future', [objectType], true);
futureType.module = '_asyncio';
const taskType = new PyType('Task', [futureType], true);
taskType.module = '_asyncio';
futureClasses.future = futureType;
futureClasses.task = taskType;

const futureOf = (value: PyValue): Future => (value as PyFuture).future;

function installFutureMethods(interp: Interpreter): void {
	defineMethods(futureType, {
		result: self => pythonCall(() => futureOf(self).result() as PyValue),
		exception: self => pythonCall(() => (futureOf(self).exception() ?? null) as PyValue),
		done: self => futureOf(self).done(),
		cancelled: self => futureOf(self).cancelled(),
		cancel: (self, args, kwargs) => futureOf(self).cancel(args[0] ?? kwargs?.get('msg') ?? undefined),
		set_result: (self, args) => {
			pythonCall(() => futureOf(self).set_result(args[0] ?? null));
			return null;
		},
		set_exception: (self, args) => {
			let exception = args[0]!;
			if (exception instanceof PyType) exception = newException(exception);
			pythonCall(() => futureOf(self).set_exception(exception));
			return null;
		},
		add_done_callback: (self, args) => {
			const callback = args[0]!;
			const label = `${callableName(callback)}(${shortRepr(self)})`;
			futureOf(self).add_done_callback({
				fn: () => loopCallback(callback, [self])(),
				label,
				line: interp.line,
				repr: callableName(callback),
				key: callback,
			});
			return null;
		},
		remove_done_callback: (self, args) => futureOf(self).remove_done_callback(args[0]!),
		get_loop: self => wrapLoop(interp, interp.asyncioRuntime!, futureOf(self).get_loop()),
		__await__: self => new PyNativeCoroutine(interp.awaitFuture(futureOf(self)), 'Future.__await__'),
	});
	defineMethods(taskType, {
		get_name: self => (futureOf(self) as Task).get_name(),
		set_name: (self, args) => {
			(futureOf(self) as Task).set_name(String(args[0]));
			return null;
		},
		get_coro: self => {
			const coro = (futureOf(self) as Task)._coro;
			return coro instanceof PyCoroutine ? coro : null;
		},
		cancelling: self => (futureOf(self) as Task).cancelling(),
		uncancel: self => (futureOf(self) as Task).uncancel(),
	});
}

const returnWhen: Record<string, ReturnWhen> = {FIRST_COMPLETED: 'FIRST_COMPLETED', FIRST_EXCEPTION: 'FIRST_EXCEPTION', ALL_COMPLETED: 'ALL_COMPLETED'};

/** The Python-facing `asyncio` module, bound to the loop model in source/py/asyncio. */
export function asyncioModule(interp: Interpreter): PyModule {
	const runtime = new AsyncioRuntime(asyncioHost(interp));
	interp.asyncioRuntime = runtime;
	interp.exitHooks.push(() => runtime.at_exit());
	installFutureMethods(interp);
	const native = (coro: TaskCoroutine, qualname: string) => new PyNativeCoroutine(coro, qualname);
	const wrap = (future: Future) => interp.wrapFuture(future);
	const primitives = asyncioPrimitives(interp, runtime);
	const timeoutType = primitives.find(([name]) => name === 'timeoutType')![1] as PyType;
	const timeoutObject = (value: Timeout) => new NativeObject(value, timeoutType, target => target.repr());
	const functions: Record<string, (args: PyValue[], kwargs: Kwargs | null) => PyValue> = {
		run: args => pythonCall(() => run(runtime, coroutineArgument(requiredArguments('run', args, ['main'])[0]!)) as PyValue),
		sleep: (args, kwargs) => native(sleep(runtime, seconds(args[0]), args[1] ?? kwargs?.get('result') ?? null, `sleep(${formatDelay(args[0])})`), 'sleep'),
		create_task: (args, kwargs) => pythonCall(() => wrap(create_task(runtime, coroutineArgument(requiredArguments('create_task', args, ['coro'])[0]!), (kwargs?.get('name') as string | undefined) ?? undefined))),
		ensure_future: args => pythonCall(() => wrap(ensure_future(awaitableArgument(requiredArguments('ensure_future', args, ['coro_or_future'])[0]!), runtime.get_running_loop()))),
		gather: (args, kwargs) => pythonCall(() => wrap(gather(runtime, args.map(awaitableArgument), Boolean(kwargs?.get('return_exceptions'))))),
		wait_for: (args, kwargs) => native(wait_for(runtime, awaitableArgument(requiredArguments('wait_for', args, ['fut'])[0]!), optionalSeconds(args[1] ?? kwargs?.get('timeout'))), 'wait_for'),
		wait: (args, kwargs) => {
			const futures = toArray(args[0]!).map(value => {
				const awaitable = awaitableArgument(value);
				return 'send' in awaitable ? create_task(runtime, awaitable) : awaitable;
			});
			const when = (args[2] ?? kwargs?.get('return_when') ?? 'ALL_COMPLETED') as string;
			return native(wait(runtime, futures, optionalSeconds(args[1] ?? kwargs?.get('timeout')), returnWhen[when] ?? 'ALL_COMPLETED'), 'wait');
		},
		as_completed: (args, kwargs) => {
			const iterator = as_completed(runtime, toArray(args[0]!).map(awaitableArgument), optionalSeconds(args[1] ?? kwargs?.get('timeout')));
			return arrayIteratorOf(() => {
				const next = pythonCall(() => iterator.next());
				return next.done ? undefined : native(next.value, '_wait_for_one');
			});
		},
		shield: args => pythonCall(() => wrap(shield(runtime, awaitableArgument(requiredArguments('shield', args, ['arg'])[0]!)))),
		timeout: args => pythonCall(() => timeoutObject(timeout(runtime, optionalSeconds(args[0])))),
		timeout_at: args => pythonCall(() => timeoutObject(timeout_at(runtime, optionalSeconds(args[0])))),
		to_thread: args => {
			const [func, ...rest] = args as [PyValue, ...PyValue[]];
			return native(to_thread(runtime, func, rest, `${callableName(func)}(${rest.map(shortRepr).join(', ')})`), 'to_thread');
		},
		current_task: () => {
			const task = pythonCall(() => runtime.current_task());
			return task ? wrap(task) : null;
		},
		all_tasks: () => runtime.host.set(pythonCall(() => runtime.all_tasks()).map(wrap)) as PyValue,
		get_running_loop: () => wrapLoop(interp, runtime, pythonCall(() => runtime.get_running_loop())),
		get_event_loop: () => wrapLoop(interp, runtime, pythonCall(() => runtime.get_running_loop())),
		iscoroutine: args => args[0] instanceof PyCoroutine || args[0] instanceof PyNativeCoroutine,
		iscoroutinefunction: args => args[0] instanceof PyFunction && args[0].code.kind === 'coroutine',
		isfuture: args => args[0] instanceof PyFuture,
	};
	const entries: [string, PyValue][] = Object.entries(functions).map(([name, fn]) => [name, builtinFunction(name, fn)]);
	entries.push(
		...primitives.filter(([name]) => name !== 'timeoutType'),
		['Future', futureType],
		['Task', taskType],
		['CancelledError', errors.cancelledError],
		['TimeoutError', errors.timeoutError],
		['InvalidStateError', errors.invalidStateError],
		['QueueEmpty', errors.queueEmpty],
		['QueueFull', errors.queueFull],
		['FIRST_COMPLETED', 'FIRST_COMPLETED'],
		['FIRST_EXCEPTION', 'FIRST_EXCEPTION'],
		['ALL_COMPLETED', 'ALL_COMPLETED'],
	);
	return new PyModule('asyncio', entries);
}

function arrayIteratorOf(next: () => PyValue | undefined): PyValue {
	return new PyIterator('generator', next);
}

