// The entry point: answers --help and --version, and refuses unknown options, before loading the
// rest of the CLI (meow, the simulators' front ends, the UI), so those answers come at once. Given a
// program, the simulation thread has already started (prestart.ts), so it boots while the rest loads.
import './prestart.js';
import {helpText} from './help-text.js';
import {rejectUnknownOptions} from './known-options.js';
import {LoadFailure} from './load-failure.js';
import {stderr, stdout} from './output-stream.js';
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
