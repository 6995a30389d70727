import {formatLogArguments} from '../../inspect/index.js';
import {surroundingAgent} from '../../runtime/agent.js';
import type {JSObject} from '../../values/js-object.js';
import type {Value} from '../../values/value.js';
import {defineMethod, defineValue, plainObject} from '../define.js';
import {inspectHost} from './inspect-host-adapter.js';

/** What `console.log(...args)` prints, without the newline (util.formatWithOptions). */
export function formatForConsole(args: readonly Value[]): string {
	return formatLogArguments(args, inspectHost);
}

/** The global console (lib/internal/console/constructor.js): log/info/debug to stdout, warn/error to stderr. */
export function installConsole(global: JSObject): void {
	const console = plainObject();
	let groupIndent = '';
	const writer = (stream: 'stdout' | 'stderr', name: string) => (_this: Value, args: Value[]) => {
		const agent = surroundingAgent;
		const text = formatForConsole(args);
		const indented = groupIndent ? text.split('\n').map(line => groupIndent + line).join('\n') : text;
		agent.recorder.step('output', agent.currentLine, 0, `console.${name} writes to ${stream}.`);
		agent.loop.write(stream, `${indented}\n`);
		return undefined;
	};
	for (const name of ['log', 'info', 'debug'] as const) defineMethod(console, name, 0, writer('stdout', name));
	for (const name of ['warn', 'error', 'trace'] as const) defineMethod(console, name, 0, writer('stderr', name));
	const log = writer('stdout', 'group');
	defineMethod(console, 'group', 0, (self, args) => {
		if (args.length > 0) log(self, args);
		groupIndent += '  ';
		return undefined;
	});
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
	defineValue(global, 'console', console);
}
