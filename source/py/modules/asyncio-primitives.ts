import {Condition} from '../asyncio/condition.js';
import {Event} from '../asyncio/event.js';
import type {CoroutineStep, TaskCoroutine} from '../asyncio/host.js';
import {Lock} from '../asyncio/lock.js';
import {LifoQueue, Queue} from '../asyncio/queues.js';
import {PriorityQueue} from '../asyncio/priority-queue.js';
import type {AsyncioRuntime} from '../asyncio/runtime.js';
import {BoundedSemaphore, Semaphore} from '../asyncio/semaphore.js';
import {TaskGroup} from '../asyncio/taskgroups.js';
import {Timeout} from '../asyncio/timeouts.js';
import {defineGetter, defineMethods} from '../builtins/define.js';
import type {NativeMethod} from '../runtime/py-callables.js';
import {PyNativeCoroutine} from '../runtime/py-native-coroutine.js';
import {PyFloat, type PyValue} from '../runtime/py-object.js';
import type {PyType} from '../runtime/py-type.js';
import {repr} from '../runtime/repr.js';
import type {Interpreter} from '../interpreter/interpreter.js';
import {coroutineArgument, optionalSeconds, pythonCall, requiredArguments} from './asyncio-arguments.js';
import {moduleClass, NativeObject} from './native-object.js';

function targetOf<T>(self: PyValue): T {
	return (self as NativeObject<T>).target;
}

function coro(coroutine: TaskCoroutine, qualname: string): PyNativeCoroutine {
	return new PyNativeCoroutine(coroutine, qualname);
}

/** `async with x as y` binds what `__aenter__` returns: for TaskGroup and Timeout, the object itself. */
function returning(coroutine: TaskCoroutine, value: PyValue): TaskCoroutine {
	const map = (step: CoroutineStep): CoroutineStep => (step.kind === 'return' ? {kind: 'return', value} : step);
	return {
		label: coroutine.label,
		definitionLine: coroutine.definitionLine,
		get currentLine() {
			return coroutine.currentLine;
		},
		formatRepr: () => coroutine.formatRepr(),
		send: sent => map(coroutine.send(sent)),
		throw: exception => map(coroutine.throw(exception)),
		close: () => coroutine.close(),
	};
}

function exceptionArgument(value: PyValue | undefined): unknown {
	return value === undefined || value === null ? undefined : value;
}

/** The classes `asyncio.Lock`, `Event`, `Queue` ... as Python classes over the loop model's objects. */
export function asyncioPrimitives(interp: Interpreter, runtime: AsyncioRuntime): [string, PyValue][] {
	const classes: [string, PyValue][] = [];
	function define<T>(name: string, module: string, make: (args: PyValue[], kwargs: Map<string, PyValue> | null) => T, methods: Record<string, (target: T, args: PyValue[], self: PyValue) => PyValue>, describe: (target: T) => string, base?: PyType): PyType {
		const type = moduleClass(name, module, base);
		type.nativeNew = (_cls, args, kwargs) => new NativeObject(pythonCall(() => make(args, kwargs)), type, describe);
		const table: Record<string, NativeMethod> = {};
		for (const [method, fn] of Object.entries(methods)) table[method] = (self, args) => pythonCall(() => fn(targetOf<T>(self), args, self));
		defineMethods(type, table);
		classes.push([name, type]);
		return type;
	}
	const lockMethods = {
		acquire: (lock: Lock | Semaphore | Condition) => coro(lock.acquire(), `${lock.constructor.name}.acquire`),
		release: (lock: Lock | Semaphore | Condition) => {
			lock.release();
			return null;
		},
		locked: (lock: Lock | Semaphore | Condition) => lock.locked(),
		__aenter__: (lock: Lock | Semaphore | Condition) => coro(lock.__aenter__(), '__aenter__'),
		__aexit__: (lock: Lock | Semaphore | Condition) => coro(lock.__aexit__(), '__aexit__'),
	};
	define('Lock', 'asyncio.locks', () => new Lock(runtime), lockMethods, lock => `<asyncio.locks.Lock object at 0x7f3a1c000000 [${lock.locked() ? 'locked' : 'unlocked'}]>`);
	const semaphore = define('Semaphore', 'asyncio.locks', args => new Semaphore(runtime, Number(args[0] ?? 1)), lockMethods, () => '<asyncio.locks.Semaphore object>');
	// Teaching programs print the counter CPython keeps in `_value`.
	defineGetter(semaphore, '_value', self => targetOf<Semaphore>(self)._value);
	define('BoundedSemaphore', 'asyncio.locks', args => new BoundedSemaphore(runtime, Number(args[0] ?? 1)), lockMethods, () => '<asyncio.locks.BoundedSemaphore object>', semaphore);
	define(
		'Condition',
		'asyncio.locks',
		args => new Condition(runtime, args[0] === undefined || args[0] === null ? undefined : targetOf<Lock>(args[0])),
		{
			...lockMethods,
			wait: condition => coro(condition.wait(), 'Condition.wait'),
			wait_for: (condition, args) => coro(condition.wait_for(args[0]!), 'Condition.wait_for'),
			notify: (condition, args) => {
				condition.notify(Number(args[0] ?? 1));
				return null;
			},
			notify_all: condition => {
				condition.notify_all();
				return null;
			},
		},
		() => '<asyncio.locks.Condition object>',
	);
	define(
		'Event',
		'asyncio.locks',
		() => new Event(runtime),
		{
			set: event => {
				event.set();
				return null;
			},
			clear: event => {
				event.clear();
				return null;
			},
			is_set: event => event.is_set(),
			wait: event => coro(event.wait(), 'Event.wait'),
		},
		event => `<asyncio.locks.Event object at 0x7f3a1c000000 [${event.is_set() ? 'set' : 'unset'}]>`,
	);
	const queueMethods = {
		put: (queue: Queue, args: PyValue[]) => coro(queue.put(args[0]!), 'Queue.put'),
		get: (queue: Queue) => coro(queue.get(), 'Queue.get'),
		put_nowait: (queue: Queue, args: PyValue[]) => {
			queue.put_nowait(args[0]!);
			return null;
		},
		get_nowait: (queue: Queue) => queue.get_nowait() as PyValue,
		task_done: (queue: Queue) => {
			queue.task_done();
			return null;
		},
		join: (queue: Queue) => coro(queue.join(), 'Queue.join'),
		qsize: (queue: Queue) => queue.qsize(),
		empty: (queue: Queue) => queue.empty(),
		full: (queue: Queue) => queue.full(),
	};
	const maxsize = (args: PyValue[], kwargs: Map<string, PyValue> | null) => Number(args[0] ?? kwargs?.get('maxsize') ?? 0);
	const describeQueue = (name: string) => (queue: Queue) => `<${name} at 0x7f3a1c000000 maxsize=${queue.maxsize}${queue.qsize() ? ` _queue=[${queue.items().map(item => repr(item as PyValue)).join(', ')}]` : ''}>`;
	const queue = define('Queue', 'asyncio.queues', (args, kwargs) => new Queue(runtime, maxsize(args, kwargs)), queueMethods, describeQueue('Queue'));
	defineGetter(queue, 'maxsize', self => targetOf<Queue>(self).maxsize);
	define('LifoQueue', 'asyncio.queues', (args, kwargs) => new LifoQueue(runtime, maxsize(args, kwargs)), queueMethods, describeQueue('LifoQueue'), queue);
	define('PriorityQueue', 'asyncio.queues', (args, kwargs) => new PriorityQueue(runtime, maxsize(args, kwargs)), queueMethods, describeQueue('PriorityQueue'), queue);
	define(
		'TaskGroup',
		'asyncio.taskgroups',
		() => new TaskGroup(runtime),
		{
			__aenter__: (group, _args, self) => coro(returning(group.__aenter__(), self), 'TaskGroup.__aenter__'),
			__aexit__: (group, args) => coro(group.__aexit__(exceptionArgument(args[1])), 'TaskGroup.__aexit__'),
			create_task: (group, args) => interp.wrapFuture(group.create_task(coroutineArgument(requiredArguments('TaskGroup.create_task', args, ['coro'])[0]!))),
		},
		group => group.repr(),
	);
	const timeoutType = define(
		'Timeout',
		'asyncio.timeouts',
		args => new Timeout(runtime, optionalSeconds(args[0])),
		{
			__aenter__: (timeout, _args, self) => coro(returning(timeout.__aenter__(), self), 'Timeout.__aenter__'),
			__aexit__: (timeout, args) => coro(timeout.__aexit__(exceptionArgument(args[1])), 'Timeout.__aexit__'),
			when: timeout => {
				const when = timeout.when();
				return when === undefined ? null : new PyFloat(when);
			},
			reschedule: (timeout, args) => {
				timeout.reschedule(optionalSeconds(args[0]));
				return null;
			},
			expired: timeout => timeout.expired(),
		},
		timeout => timeout.repr(),
	);
	return [...classes, ['timeoutType', timeoutType]];
}
