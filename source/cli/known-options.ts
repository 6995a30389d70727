import {UsageError} from './usage-error.js';

/** Every spelling the CLI accepts; meow's own unknown-flag report is two lines, ours is one. */
const knownOptions = new Set(['--print', '--trace', '--json', '--list', '--max-steps', '--break', '--color', '--no-color', '--ascii', '--help', '-h', '--version', '-v', '--']);

export function rejectUnknownOptions(argv: readonly string[]): void {
	for (const argument of argv) {
		if (argument === '--') return;
		if (!argument.startsWith('-') || argument === '-') continue;
		const name = argument.split('=')[0]!;
		if (!knownOptions.has(name)) throw new UsageError(`unknown option ${name}`);
	}
}
