import {execFileSync, spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';

/** True when tmux can run here; the end-to-end tests need a real terminal and skip (loudly) without one. */
export const hasTmux = spawnSync('tmux', ['-V'], {encoding: 'utf8'}).status === 0;

let sessions = 0;

export interface TerminalOptions {
	readonly columns: number;
	readonly rows: number;
	/** The command line, run by sh in the terminal. */
	readonly command: string;
	readonly cwd: string;
}

/**
 * A real terminal: a tmux server of its own (its own socket, so tests never touch a user's tmux),
 * one window of the given size. Screens are read with capture-pane; every wait polls for a
 * predicate instead of sleeping a fixed time.
 */
export class TmuxTerminal {
	private socketPath = '';

	private constructor(private readonly socket: string) {}

	static start(options: TerminalOptions): TmuxTerminal {
		const terminal = new TmuxTerminal(`loopstep-e2e-${process.pid}-${++sessions}`);
		terminal.tmux('-f', '/dev/null', 'new-session', '-d', '-x', String(options.columns), '-y', String(options.rows), '-c', options.cwd, 'sh', '-c', options.command);
		terminal.socketPath = terminal.query('socket_path');
		return terminal;
	}

	/** Keys in tmux's names: `Right`, `Escape`, `C-c`, `Space`, or single characters. */
	send(...keys: string[]): void {
		this.tmux('send-keys', '-t', '0', ...keys);
	}

	/** Text typed in one burst, as a paste or a held key delivers it. */
	type(text: string): void {
		this.tmux('send-keys', '-t', '0', '-l', text);
	}

	/** The screen as text, one line per row. */
	screen(): string {
		return this.tmux('capture-pane', '-p', '-t', '0');
	}

	/** Everything the terminal showed, scrollback included. */
	history(): string {
		return this.tmux('capture-pane', '-p', '-S', '-', '-t', '0');
	}

	/** The screen with tmux's SGR escapes for colour and attributes. */
	screenWithEscapes(): string {
		return this.tmux('capture-pane', '-p', '-e', '-t', '0');
	}

	/** A tmux format value for the pane, e.g. `alternate_on`, `cursor_flag`, `pane_pid`. */
	query(name: string): string {
		return this.tmux('display-message', '-p', '-t', '0', `#{${name}}`).trim();
	}

	/** The process the terminal's shell started (loopstep), or undefined once it has gone. */
	childPid(): number | undefined {
		const found = spawnSync('pgrep', ['-P', this.query('pane_pid')], {encoding: 'utf8'}).stdout.trim().split('\n')[0];
		return found ? Number(found) : undefined;
	}

	resize(columns: number, rows: number): void {
		this.tmux('resize-window', '-t', '0', '-x', String(columns), '-y', String(rows));
	}

	async waitFor(description: string, predicate: (screen: string) => boolean, timeoutMs = 15_000): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		let screen = '';
		while (Date.now() < deadline) {
			screen = this.screen();
			if (predicate(screen)) return screen;
			await new Promise(resolve => setTimeout(resolve, 40));
		}
		throw new Error(`timed out waiting for ${description}; the screen was:\n${screen}`);
	}

	/** Stops the tmux server and removes its socket file. */
	close(): void {
		spawnSync('tmux', ['-L', this.socket, 'kill-server'], {stdio: 'ignore'});
		if (this.socketPath !== '') rmSync(this.socketPath, {force: true});
	}

	private tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.socket, ...args], {encoding: 'utf8'});
	}
}
