import meow from 'meow';
import {dropHostFetch} from './drop-host-fetch.js';
import {defaultMaxSteps, helpText} from './help-text.js';
import {loadPlan} from './load-plan.js';
import {readExamples} from './examples-catalog.js';
import {stderr, stdout} from './output-stream.js';
import {printJson} from './print-json.js';
import {printOutput} from './print-output.js';
import {printTrace} from './print-trace.js';
import {interactiveTerminal} from './terminal.js';
import {UsageError} from './usage-error.js';
import {version} from './version.js';

/** Runs one `loopstep` command line past the fast paths of cli.ts, returning the exit code. */
export async function runCommand(argv: string[]): Promise<number> {
	dropHostFetch();
	const cli = meow(helpText, {
		importMeta: import.meta,
		// Given, so meow does not search the disk for package.json and normalize it at every start.
		pkg: {name: 'loopstep', version},
		argv,
		autoHelp: false,
		autoVersion: false,
		allowUnknownFlags: false,
		flags: {
			print: {type: 'boolean', default: false},
			trace: {type: 'boolean', default: false},
			json: {type: 'boolean', default: false},
			list: {type: 'boolean', default: false},
			maxSteps: {type: 'string'},
			break: {type: 'string', isMultiple: true},
			color: {type: 'boolean', default: true},
			ascii: {type: 'boolean', default: false},
			// Answered by cli.ts before this module loads; declared so meow accepts their spellings.
			help: {type: 'boolean', shortFlag: 'h', default: false},
			version: {type: 'boolean', shortFlag: 'v', default: false},
		},
	});
	const {flags} = cli;
	const modes = (['print', 'trace', 'json', 'list'] as const).filter(mode => flags[mode]);
	if (modes.length > 1) throw new UsageError(`choose one of --${modes.join(', --')}`);
	if (cli.input.length > 1) throw new UsageError(`one file at a time (got ${cli.input.length})`);
	const maxSteps = parsePositiveInteger('--max-steps', flags.maxSteps ?? String(defaultMaxSteps));
	const breakpoints = (flags.break ?? []).map(line => parsePositiveInteger('--break', line));
	const file = cli.input[0];
	const mode = modes[0];

	if (mode === 'list') return listExamples();
	if (!file) {
		if (mode) throw new UsageError(`--${mode} needs a FILE`);
		if (!interactiveTerminal()) return listExamples();
		const {runPicker} = await import('../ui/index.js');
		await runPicker({examples: readExamples(), load: path => loadPlan(path, maxSteps), color: flags.color, ascii: flags.ascii});
		return 0;
	}

	if (mode === undefined && interactiveTerminal()) {
		// The UI loads while the plan records on its own thread.
		const [{runTui}, plan] = await Promise.all([import('../ui/index.js'), loadPlan(file, maxSteps)]);
		await runTui({plan, breakpoints, color: flags.color, ascii: flags.ascii});
		return 0;
	}
	const plan = await loadPlan(file, maxSteps);
	if (mode === 'print') return printOutput(plan);
	if (mode === 'json') return printJson(plan);
	if (mode === 'trace') return printTrace(plan);
	if (!process.stdin.isTTY && process.stdout.isTTY) await stderr.write('loopstep: stepping needs a terminal on stdin; printing the trace instead\n');
	return printTrace(plan);
}

function parsePositiveInteger(flag: string, text: string): number {
	const value = Number(text);
	if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < 1) {
		throw new UsageError(`${flag} takes a whole number of at least 1 (got "${text}")`);
	}
	return value;
}

async function listExamples(): Promise<number> {
	const examples = readExamples();
	const width = Math.max(...examples.map(example => example.file.length));
	for (const example of examples) {
		await stdout.write(`${example.file.padEnd(width)}  ${example.title}: ${example.lesson}\n`);
	}
	return 0;
}
