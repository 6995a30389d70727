export type {
	AsyncioExceptionType,
	AsyncioHost,
	Coroutine,
	CoroutineStep,
	PyException,
	PyObject,
	TaskCoroutine,
	UnfinishedAsyncGenerator,
	WorkerOutcome,
} from './host.js';
export {PythonRaise} from './host.js';
export {VirtualClock} from './virtual-clock.js';
export {AsyncioRuntime} from './runtime.js';
export {BaseEventLoop, EventLoopBlockedForever, type ExceptionContext} from './base-events.js';
export {Handle, TimerHandle, type HandleSource} from './events.js';
export {Future, type AsyncioGenerator, type DoneCallback} from './futures.js';
export {Task} from './tasks.js';
export {NativeCoroutine} from './native-coroutine.js';
export {awaitable, caught, coroutine, yieldFrom} from './coroutine.js';
export {ensure_future} from './ensure-future.js';
export {create_task} from './task-functions.js';
export {sleep} from './sleep.js';
export {gather, _GatheringFuture} from './gather.js';
export {shield} from './shield.js';
export {wait, type ReturnWhen} from './wait.js';
export {wait_for} from './wait-for.js';
export {as_completed} from './as-completed.js';
export {Timeout, timeout, timeout_at} from './timeouts.js';
export {TaskGroup} from './taskgroups.js';
export {Queue, LifoQueue} from './queues.js';
export {PriorityQueue} from './priority-queue.js';
export {Event} from './event.js';
export {Lock} from './lock.js';
export {Condition} from './condition.js';
export {Semaphore, BoundedSemaphore} from './semaphore.js';
export {run} from './runners.js';
export {run_in_executor, to_thread} from './executor.js';
export {asyncioQueues} from './queue-info.js';
