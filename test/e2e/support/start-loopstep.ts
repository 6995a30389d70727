import {cliPath, projectRoot} from '../../support/differential.js';
import {TmuxTerminal} from './tmux-terminal.js';

export interface StartOptions {
	readonly args: readonly string[];
	readonly columns?: number;
	readonly rows?: number;
	/** Extra environment for loopstep, e.g. `{NO_COLOR: '1'}`. */
	readonly env?: Readonly<Record<string, string>>;
	/** A shell command piped into loopstep's stdin instead of the terminal, e.g. `echo`. */
	readonly pipedFrom?: string;
	/** Shell redirections for loopstep, e.g. `>&-` or `2>FILE`. */
	readonly redirections?: string;
}

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * Starts the built binary in a fresh tmux terminal, as a user would: `CI` unset (Ink draws only
 * the final frame when it is set), colour variables cleared unless the test sets them, UTF-8 locale.
 */
export function startLoopstep(options: StartOptions): TmuxTerminal {
	const env = {LANG: 'C.UTF-8', TERM: 'screen', ...options.env};
	const assignments = Object.entries(env).map(([name, value]) => `${name}=${value}`);
	const program = ['env', '-u', 'CI', '-u', 'NO_COLOR', '-u', 'FORCE_COLOR', '-u', 'LC_ALL', ...assignments, process.execPath, cliPath, ...options.args].map(quote);
	// A shell prints `shell-before` first and `exit=N` after, to show what the terminal looks like
	// once loopstep has left; it stays (reading its terminal) because tmux does not reliably keep a
	// dead pane's screen or record its exit status.
	const pipeline = `${options.pipedFrom === undefined ? '' : `${options.pipedFrom} | `}${program.join(' ')} ${options.redirections ?? ''}`;
	const command = `printf 'shell-before\\n'; ${pipeline}; echo "exit=$?"; exec cat`;
	return TmuxTerminal.start({columns: options.columns ?? 80, rows: options.rows ?? 24, command, cwd: projectRoot});
}
