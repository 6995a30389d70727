import meow from 'meow';
import {LoadFailure, loadPlan, preloadedPlanLoader} from './load-plan.js';
import {readExamples} from './examples-catalog.js';
import {stderr, stdout} from './output-stream.js';
import {printJson} from './print-json.js';
import {printOutput} from './print-output.js';
import {printTrace} from './print-trace.js';
import {interactiveTerminal} from './terminal.js';
import {UsageError} from './usage-error.js';
import {version} from './version.js';

const defaultMaxSteps = 1_000_000;

const helpText = `
  Usage
    $ loopstep [FILE]          step through FILE (.js, .mjs, .py) in the terminal
    $ loopstep                 pick one of the bundled examples

  Modes
    --print                    print only what the program writes, and exit with its exit code
    --trace                    print the plan as readable text, one block per step
    --json                     print the plan as JSON: the full state at every step
    --list                     list the bundled examples with their lessons

  Options
    --max-steps N              stop the simulation after N steps (default ${defaultMaxSteps.toLocaleString('en-US')})
    --break LINE               start with a breakpoint on LINE (repeatable)
    --no-color                 no colour (also when NO_COLOR is set)
    --ascii                    draw boxes with +-| (also for TERM=linux and non-UTF-8 locales)
    -h, --help                 show this help
    -v, --version              show the version

  Keys (in the terminal UI): → step, ← back, ? all keys, q quit

  Exit codes: the program's own (0 ok, 1 failed), 1 when loopstep cannot load it, 2 for usage errors.
`;

/** Every spelling the CLI accepts; meow's own unknown-flag report is two lines, ours is one. */
const knownOptions = new Set(['--print', '--trace', '--json', '--list', '--max-steps', '--break', '--color', '--no-color', '--ascii', '--help', '-h', '--version', '-v', '--']);

function rejectUnknownOptions(argv: readonly string[]): void {
	for (const argument of argv) {
		if (argument === '--') return;
		if (!argument.startsWith('-') || argument === '-') continue;
		const name = argument.split('=')[0]!;
		if (!knownOptions.has(name)) throw new UsageError(`unknown option ${name}`);
	}
}

async function main(argv: string[]): Promise<number> {
	rejectUnknownOptions(argv);
	const cli = meow(helpText, {
		importMeta: import.meta,
		argv,
		version,
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
			help: {type: 'boolean', shortFlag: 'h', default: false},
			version: {type: 'boolean', shortFlag: 'v', default: false},
		},
	});
	const {flags} = cli;
	if (flags.help) {
		await stdout.write(`${helpText.trim()}\n`);
		return 0;
	}
	if (flags.version) {
		await stdout.write(`${version}\n`);
		return 0;
	}
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
		const [{runPicker}, load] = await Promise.all([import('../ui/index.js'), preloadedPlanLoader(maxSteps)]);
		await runPicker({examples: readExamples(), load, color: flags.color, ascii: flags.ascii});
		return 0;
	}

	const plan = await loadPlan(file, maxSteps);
	if (mode === 'print') return printOutput(plan);
	if (mode === 'json') return printJson(plan);
	if (mode === 'trace') return printTrace(plan);
	if (!interactiveTerminal()) {
		if (!process.stdin.isTTY && process.stdout.isTTY) await stderr.write('loopstep: stepping needs a terminal on stdin; printing the trace instead\n');
		return printTrace(plan);
	}
	const {runTui} = await import('../ui/index.js');
	await runTui({plan, breakpoints, color: flags.color, ascii: flags.ascii});
	return 0;
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

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	if (error instanceof UsageError) {
		await stderr.write(`loopstep: ${error.message} (see loopstep --help)\n`);
		process.exitCode = 2;
	} else if (error instanceof LoadFailure) {
		await stderr.write(`${error.message}\n`);
		process.exitCode = error.exitCode;
	} else {
		const detail = error instanceof Error ? error.message : String(error);
		await stderr.write(`loopstep: internal error: ${detail}\nPlease report this with the program that caused it.\n`);
		process.exitCode = 70;
	}
}
