import {surroundingAgent} from '../runtime/agent.js';
import {errorLine, isErrorObject} from '../runtime/errors.js';
import {ProcessExit} from '../host/process-exit.js';
import type {ProcessHooks} from '../host/node-loop.js';
import {JSFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import {createArray, get} from '../values/object-operations.js';
import {toNumber, toString} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {formatForConsole} from './console/console.js';
import {arg, defineMethod, defineValue, plainObject} from './define.js';
import {throwInvalidArgType} from './describe-received.js';

const nodeVersion = 'v20.20.2';

interface Listener {
	readonly fn: JSFunction;
	readonly once: boolean;
}

/** Node's report of a fatal exception on stderr (lib/internal/process/execution.js). */
function fatalReport(error: Value, fromPromise: boolean, file: string): string {
	const agent = surroundingAgent;
	const line = errorLine(error) || (agent.throwValue === error ? agent.throwLine : agent.currentLine);
	const sourceLine = line > 0 ? (agent.source.split('\n')[line - 1] ?? '') : '';
	const caret = `${' '.repeat(sourceLine.length - sourceLine.trimStart().length)}^`;
	const where = line > 0 ? `${file}:${line}\n${sourceLine}\n${caret}\n\n` : '';
	if (fromPromise && !isErrorObject(error)) {
		const reason = formatForConsole([error]);
		return (
			`[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, ` +
			`or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${reason}".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n\nNode.js ${nodeVersion}\n`
		);
	}
	const shown = isErrorObject(error) ? formatForConsole([error]) : `Uncaught ${formatForConsole([error])}`;
	return `${where}${shown}\n\nNode.js ${nodeVersion}\n`;
}

/** The `process` object: nextTick, exit, exitCode, events, stdout/stderr, argv, env. */
export function installProcess(global: JSObject, file: string): ProcessHooks {
	const process = plainObject();
	process.className = 'process';
	const listeners = new Map<string, Listener[]>();
	const addListener = (once: boolean) => (self: Value, args: Value[]) => {
		const event = toString(arg(args, 0));
		const fn = arg(args, 1);
		if (!(fn instanceof JSFunction)) throwInvalidArgType('listener', 'function', fn);
		const list = listeners.get(event) ?? [];
		list.push({fn, once});
		listeners.set(event, list);
		return self;
	};
	const emit = (event: string, args: Value[]): boolean => {
		const list = listeners.get(event);
		if (!list || list.length === 0) return false;
		listeners.set(event, list.filter(listener => !listener.once));
		for (const listener of list) listener.fn.callAs(process, args);
		return true;
	};
	defineMethod(process, 'on', 2, addListener(false));
	defineMethod(process, 'addListener', 2, addListener(false));
	defineMethod(process, 'once', 2, addListener(true));
	defineMethod(process, 'off', 2, (self, args) => {
		const list = listeners.get(toString(arg(args, 0)));
		const index = list ? list.findIndex(listener => listener.fn === arg(args, 1)) : -1;
		if (index >= 0) list!.splice(index, 1);
		return self;
	});
	defineValue(process, 'removeListener', get(process, 'off'));
	defineMethod(process, 'emit', 1, (_self, args) => emit(toString(arg(args, 0)), args.slice(1)));
	defineMethod(process, 'listenerCount', 1, (_self, args) => listeners.get(toString(arg(args, 0)))?.length ?? 0);

	defineMethod(process, 'nextTick', 1, (_self, args) => {
		const agent = surroundingAgent;
		const callback = arg(args, 0);
		if (!(callback instanceof JSFunction)) throwInvalidArgType('callback', 'function', callback);
		const rest = args.slice(1);
		agent.recorder.step('host', agent.currentLine, 0, 'process.nextTick queues its callback on the nextTick queue, which runs before promise jobs.');
		agent.loop.enqueueTick({label: callback.label, line: agent.currentLine, kind: 'nextTick', run: () => callback.callAs(undefined, rest)});
		return undefined;
	});
	const exitCode = (): number => {
		const code = get(process, 'exitCode');
		return code === undefined || code === null ? 0 : toNumber(code) | 0;
	};
	defineMethod(process, 'exit', 1, (_self, args) => {
		const code = arg(args, 0) === undefined ? exitCode() : toNumber(arg(args, 0)) | 0;
		const agent = surroundingAgent;
		agent.recorder.step('host', agent.currentLine, 0, `process.exit(${code}) ends the process at once: pending timers and queued callbacks never run.`);
		process.put('exitCode', code);
		emit('exit', [code]);
		throw new ProcessExit(code);
	});
	process.put('exitCode', undefined);
	const stream = (name: 'stdout' | 'stderr'): JSObject => {
		const object = plainObject();
		defineMethod(object, 'write', 1, (_self, args) => {
			const agent = surroundingAgent;
			agent.recorder.step('output', agent.currentLine, 0, `process.${name}.write writes to ${name}.`);
			agent.loop.write(name, toString(arg(args, 0)));
			return true;
		});
		object.put('isTTY', false);
		return object;
	};
	process.put('stdout', stream('stdout'));
	process.put('stderr', stream('stderr'));
	process.put('argv', createArray(['/usr/local/bin/node', file]));
	process.put('env', plainObject());
	process.put('version', nodeVersion);
	process.put('platform', 'linux');
	process.put('pid', 4242);
	process.put('exitCode', undefined);
	const versions = plainObject();
	versions.put('node', nodeVersion.slice(1));
	process.put('versions', versions);
	defineMethod(process, 'cwd', 0, () => '/');
	defineMethod(process, 'uptime', 0, () => surroundingAgent.readClock() / 1000);
	const hrtime = defineMethod(process, 'hrtime', 1, () => {
		const ns = Math.floor(surroundingAgent.readClock() * 1e6);
		return createArray([Math.floor(ns / 1e9), ns % 1e9]);
	});
	defineMethod(hrtime, 'bigint', 0, () => BigInt(Math.floor(surroundingAgent.readClock() * 1e6)));
	defineMethod(process, 'memoryUsage', 0, () => {
		const usage = plainObject();
		for (const key of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']) usage.put(key, 0);
		return usage;
	});
	defineValue(global, 'process', process);
	return {
		emit,
		hasListeners: event => (listeners.get(event)?.length ?? 0) > 0,
		exitCode,
		reportFatal(error, fromPromise) {
			surroundingAgent.recorder.write('stderr', fatalReport(error, fromPromise, file));
		},
	};
}

