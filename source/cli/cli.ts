// The entry point: answers --help and --version, and refuses unknown options, before loading the
// rest of the CLI (meow, the simulators' front ends, the UI), so those answers come at once. Given a
// program, it starts the simulation thread first: the thread takes about 55 ms to boot, and loading
// the rest overlaps it. (The entry's own imports are cheap: the terminal streams are made on first
// write.)
import {helpText} from './help-text.js';
import {rejectUnknownOptions} from './known-options.js';
import {languageOf} from './language.js';
import {LoadFailure} from './load-failure.js';
import {stderr, stdout} from './output-stream.js';
import {prestartSimulationThread} from './simulation-thread.js';
import {UsageError} from './usage-error.js';
import {version} from './version.js';

async function main(argv: string[]): Promise<number> {
	rejectUnknownOptions(argv);
	const options = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
	if (options.includes('--help') || options.includes('-h')) {
		await stdout.write(`${helpText.trim()}\n`);
		return 0;
	}
	if (options.includes('--version') || options.includes('-v')) {
		await stdout.write(`${version}\n`);
		return 0;
	}
	const language = options.map(languageOf).find(Boolean);
	if (language) prestartSimulationThread(language);
	const {runCommand} = await import('./run-command.js');
	return runCommand(argv);
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
