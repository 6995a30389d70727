import {formatLogArguments, inspect} from '../../inspect/index.js';
import {surroundingAgent} from '../../runtime/agent.js';
import type {JSObject} from '../../values/js-object.js';
import type {Value} from '../../values/value.js';
import {toBoolean} from '../../values/type-conversion.js';
import {defineMethod, defineValue, plainObject} from '../define.js';
import {inspectOptions} from '../modules/util-module.js';
import {inspectHost} from './inspect-host-adapter.js';

/** What `console.log(...args)` prints, without the newline (util.formatWithOptions). */
export function formatForConsole(args: readonly Value[]): string {
	return formatLogArguments(args, inspectHost);
}

/** The global console (lib/internal/console/constructor.js): log/info/debug to stdout, warn/error to stderr. */
export function installConsole(global: JSObject): void {
	const console = plainObject();
	let groupIndent = '';
	const write = (stream: 'stdout' | 'stderr', name: string, text: string): undefined => {
		const agent = surroundingAgent;
		const indented = groupIndent ? text.split('\n').map(line => groupIndent + line).join('\n') : text;
		agent.recorder.step('output', agent.currentLine, 0, `console.${name} writes to ${stream}.`);
		agent.loop.write(stream, `${indented}\n`);
		return undefined;
	};
	const writer = (stream: 'stdout' | 'stderr', name: string) => (_this: Value, args: Value[]) => write(stream, name, formatForConsole(args));
	for (const name of ['log', 'info', 'debug'] as const) defineMethod(console, name, 0, writer('stdout', name));
	for (const name of ['warn', 'error', 'trace'] as const) defineMethod(console, name, 0, writer('stderr', name));
	const log = writer('stdout', 'group');
	const group = (self: Value, args: Value[]): undefined => {
		if (args.length > 0) log(self, args);
		groupIndent += '  ';
		return undefined;
	};
	defineMethod(console, 'group', 0, group);
	defineMethod(console, 'groupCollapsed', 0, group);
	defineMethod(console, 'groupEnd', 0, () => {
		groupIndent = groupIndent.slice(2);
		return undefined;
	});
	const counts = new Map<string, number>();
	defineMethod(console, 'count', 0, (self, args) => {
		const label = args[0] === undefined ? 'default' : String(args[0]);
		const count = (counts.get(label) ?? 0) + 1;
		counts.set(label, count);
		return log(self, [`${label}: ${count}`]);
	});
	defineMethod(console, 'countReset', 0, (_self, args) => {
		const label = args[0] === undefined ? 'default' : String(args[0]);
		if (counts.has(label)) counts.set(label, 0);
		else write('stderr', 'countReset', `Count for '${label}' does not exist`);
		return undefined;
	});
	// console.dir: util.inspect with the given options (lib/internal/console/constructor.js).
	defineMethod(console, 'dir', 0, (_self, args) => write('stdout', 'dir', inspect(args[0], inspectHost, inspectOptions(args[1]))));
	defineMethod(console, 'assert', 0, (_self, args) => {
		if (toBoolean(args[0])) return undefined;
		const rest = args.slice(1);
		if (typeof rest[0] === 'string') rest[0] = `Assertion failed: ${rest[0]}`;
		else rest.unshift('Assertion failed');
		return write('stderr', 'assert', formatForConsole(rest));
	});
	defineValue(global, 'console', console);
}
