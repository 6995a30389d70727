import {surroundingAgent} from '../runtime/agent.js';
import type {Timer} from '../host/timer.js';
import type {Job} from '../host/job.js';
import {JSFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import {toNumber} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {arg, defineMethod, plainObject} from './define.js';
import {throwInvalidArgType} from './describe-received.js';

const timeoutMax = 2 ** 31 - 1;

function requireCallback(callback: Value): JSFunction {
	if (!(callback instanceof JSFunction)) throwInvalidArgType('callback', 'function', callback);
	return callback;
}

/** lib/internal/timers.js: `after *= 1; if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1`. */
function clampDelay(value: Value): number {
	const after = value === undefined ? Number.NaN : toNumber(value);
	return after >= 1 && after <= timeoutMax ? after : 1;
}

function timerOf(value: Value): Timer | undefined {
	if (value instanceof JSObject && value.className === 'Timeout') return value.internal as Timer;
	if (typeof value === 'number' || typeof value === 'string') return surroundingAgent.loop.timerById(Number(value));
	return undefined;
}

/** setTimeout, setInterval, setImmediate, queueMicrotask and their clear functions. */
export function installTimers(global: JSObject): void {
	const timeoutPrototype = plainObject();
	defineMethod(timeoutPrototype, 'ref', 0, self => ((timerOf(self)!.refed = true), self));
	defineMethod(timeoutPrototype, 'unref', 0, self => ((timerOf(self)!.refed = false), self));
	defineMethod(timeoutPrototype, 'hasRef', 0, self => timerOf(self)!.refed);
	defineMethod(timeoutPrototype, Symbol.toPrimitive, 0, self => timerOf(self)!.id);
	const immediatePrototype = plainObject();

	const schedule = (repeat: boolean) => (_this: Value, args: Value[]) => {
		const agent = surroundingAgent;
		const callback = requireCallback(arg(args, 0));
		const delay = clampDelay(arg(args, 1));
		const line = agent.currentLine;
		const due = Math.floor(agent.now()) + delay;
		agent.recorder.step('host', line, 0, `${repeat ? 'setInterval' : 'setTimeout'} arms a timer: its callback becomes due at ${due} ms (now ${Math.floor(agent.now())} ms + ${delay} ms).`);
		const timer = agent.loop.addTimer(callback, args.slice(2), delay, repeat, line);
		const object = new JSObject(timeoutPrototype);
		object.className = 'Timeout';
		object.internal = timer;
		timer.object = object;
		return object;
	};
	const clear = (_this: Value, args: Value[]) => {
		const timer = timerOf(arg(args, 0));
		if (timer && !timer.cleared) {
			surroundingAgent.recorder.step('host', surroundingAgent.currentLine, 0, 'The timer is cleared: its callback will never run.');
			surroundingAgent.loop.clearTimer(timer);
		}
		return undefined;
	};
	defineMethod(global, 'setTimeout', 2, schedule(false));
	defineMethod(global, 'setInterval', 2, schedule(true));
	defineMethod(global, 'clearTimeout', 1, clear);
	defineMethod(global, 'clearInterval', 1, clear);

	defineMethod(global, 'setImmediate', 1, (_this, args) => {
		const agent = surroundingAgent;
		const callback = requireCallback(arg(args, 0));
		const rest = args.slice(1);
		const object = new JSObject(immediatePrototype);
		object.className = 'Immediate';
		const job: Job = {label: callback.label, line: agent.currentLine, kind: 'setImmediate callback', run: () => callback.callAs(object, rest)};
		object.internal = job;
		agent.recorder.step('host', agent.currentLine, 0, 'setImmediate queues its callback for the check phase of the event loop.');
		agent.loop.enqueueImmediate(job);
		return object;
	});
	defineMethod(global, 'clearImmediate', 1, (_this, args) => {
		const immediate = arg(args, 0);
		if (immediate instanceof JSObject && immediate.className === 'Immediate') surroundingAgent.loop.clearImmediate(immediate.internal as Job);
		return undefined;
	});
	defineMethod(global, 'queueMicrotask', 1, (_this, args) => {
		const agent = surroundingAgent;
		const callback = arg(args, 0);
		if (!(callback instanceof JSFunction)) throwInvalidArgType('callback', 'function', callback);
		agent.recorder.step('host', agent.currentLine, 0, 'queueMicrotask puts its callback on the microtask queue.');
		agent.loop.enqueueMicrotask({label: callback.label, line: agent.currentLine, kind: 'queueMicrotask callback', run: () => callback.callAs(undefined, [])});
		return undefined;
	});
}
