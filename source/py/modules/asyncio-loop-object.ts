import type {BaseEventLoop} from '../asyncio/base-events.js';
import type {Handle, HandleSource} from '../asyncio/events.js';
import {TimerHandle} from '../asyncio/events.js';
import {PythonRaise} from '../asyncio/host.js';
import {coroutineArgument, pythonCall, requiredArguments, seconds} from './asyncio-arguments.js';
import {run_in_executor} from '../asyncio/executor.js';
import {create_task} from '../asyncio/task-functions.js';
import type {AsyncioRuntime} from '../asyncio/runtime.js';
import {defineMethods} from '../builtins/define.js';
import {callObject} from '../runtime/call.js';
import {PyBoundMethod, PyBuiltinFunction, PyFunction} from '../runtime/py-callables.js';
import {PyExceptionObject} from '../runtime/py-instance.js';
import {PyFloat, type PyValue} from '../runtime/py-object.js';
import {shortRepr} from '../interpreter/short-repr.js';
import type {Interpreter} from '../interpreter/interpreter.js';
import {moduleClass, NativeObject} from './native-object.js';
import {reprlibRepr} from './reprlib-repr.js';

const loopType = moduleClass('_UnixSelectorEventLoop', 'asyncio.unix_events');
const handleType = moduleClass('Handle', 'asyncio.events');
const timerHandleType = moduleClass('TimerHandle', 'asyncio.events', handleType);

/** The name of a callable as CPython's `_format_callback` shows it. */
export function callableName(callable: PyValue): string {
	if (callable instanceof PyFunction) return callable.qualname;
	if (callable instanceof PyBuiltinFunction) return callable.name;
	if (callable instanceof PyBoundMethod) return `${callableName(callable.func)}`;
	return shortRepr(callable);
}

/** What a handle shows: `print('call_soon 1')` on the line that scheduled it. */
export function handleSource(interp: Interpreter, callable: PyValue, args: readonly PyValue[]): HandleSource {
	const label = `${callableName(callable)}(${args.map(shortRepr).join(', ')})`;
	let shown = `${callableName(callable)}(${args.map(arg => reprlibRepr(arg)).join(', ')})`;
	const definedAt = definitionLine(callable);
	if (definedAt !== undefined) shown += ` at ${interp.fileName}:${definedAt}`;
	return {label, line: interp.line, repr: shown};
}

/** format_helpers.py `_get_function_source`: where a Python function (or a method's) was defined. */
function definitionLine(callable: PyValue): number | undefined {
	if (callable instanceof PyFunction) return callable.code.line;
	if (callable instanceof PyBoundMethod) return definitionLine(callable.func);
	return undefined;
}

/** A Python callback as the loop runs it: its exception travels as PythonRaise. */
export function loopCallback(callable: PyValue, args: PyValue[]): () => void {
	return () => {
		try {
			callObject(callable, args);
		} catch (error) {
			if (error instanceof PyExceptionObject) throw new PythonRaise(error);
			throw error;
		}
	};
}

export function wrapHandle(handle: Handle): NativeObject<Handle> {
	return new NativeObject(handle, handle instanceof TimerHandle ? timerHandleType : handleType, target => target.repr());
}

const asHandle = (self: PyValue) => (self as NativeObject<Handle>).target;

defineMethods(handleType, {
	cancel: self => {
		asHandle(self).cancel();
		return null;
	},
	cancelled: self => asHandle(self).cancelled(),
});
defineMethods(timerHandleType, {
	when: self => new PyFloat((asHandle(self) as TimerHandle).when()),
});

const loops = new WeakMap<BaseEventLoop, NativeObject<BaseEventLoop>>();

/** `asyncio.get_running_loop()` as a Python object; one per loop. */
export function wrapLoop(interp: Interpreter, runtime: AsyncioRuntime, loop: BaseEventLoop): NativeObject<BaseEventLoop> {
	let wrapped = loops.get(loop);
	if (!wrapped) {
		wrapped = new NativeObject(loop, loopType, target => `<_UnixSelectorEventLoop running=${target.is_running() ? 'True' : 'False'} closed=${target.is_closed() ? 'True' : 'False'} debug=False>`);
		loops.set(loop, wrapped);
	}
	installLoopMethods(interp, runtime);
	return wrapped;
}

let installedFor: Interpreter | undefined;

function installLoopMethods(interp: Interpreter, runtime: AsyncioRuntime): void {
	if (installedFor === interp) return;
	installedFor = interp;
	const asLoop = (self: PyValue) => (self as NativeObject<BaseEventLoop>).target;
	defineMethods(loopType, {
		time: self => new PyFloat(asLoop(self).time()),
		call_soon: (self, args) => {
			const [callback] = requiredArguments('BaseEventLoop.call_soon', args, ['callback']) as [PyValue];
			const rest = args.slice(1);
			return wrapHandle(pythonCall(() => asLoop(self).call_soon(loopCallback(callback, rest), handleSource(interp, callback, rest))));
		},
		call_later: (self, args) => {
			const [delay, callback] = requiredArguments('BaseEventLoop.call_later', args, ['delay', 'callback']) as [PyValue, PyValue];
			const rest = args.slice(2);
			return wrapHandle(pythonCall(() => asLoop(self).call_later(seconds(delay), loopCallback(callback, rest), handleSource(interp, callback, rest))));
		},
		call_at: (self, args) => {
			const [when, callback] = requiredArguments('BaseEventLoop.call_at', args, ['when', 'callback']) as [PyValue, PyValue];
			const rest = args.slice(2);
			return wrapHandle(pythonCall(() => asLoop(self).call_at(seconds(when), loopCallback(callback, rest), handleSource(interp, callback, rest))));
		},
		create_future: self => interp.wrapFuture(asLoop(self).create_future()),
		create_task: (self, args, kwargs) => {
			void self;
			return interp.wrapFuture(pythonCall(() => create_task(runtime, coroutineArgument(requiredArguments('BaseEventLoop.create_task', args, ['coro'])[0]!), (kwargs?.get('name') as string | undefined) ?? undefined)));
		},
		run_in_executor: (self, args) => {
			const [, func, ...rest] = args as [PyValue, PyValue, ...PyValue[]];
			return interp.wrapFuture(pythonCall(() => run_in_executor(asLoop(self), func, rest, `${callableName(func)}(${rest.map(shortRepr).join(', ')})`)));
		},
		is_running: self => asLoop(self).is_running(),
		is_closed: self => asLoop(self).is_closed(),
		stop: self => {
			asLoop(self).stop();
			return null;
		},
	});
}
