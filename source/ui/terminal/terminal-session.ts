import type {Instance} from 'ink';

const enterAlternateScreen = '\x1b[?1049h';
const leaveAlternateScreen = '\x1b[?1049l';
const clearScreen = '\x1b[2J\x1b[H';
const showCursor = '\x1b[?25h';

const signalExitCodes = {SIGTERM: 143, SIGINT: 130} as const;
type HandledSignal = keyof typeof signalExitCodes;

/** Errors that mean the terminal itself is gone (hung up, closed), not that loopstep failed. */
const goneTerminalCodes = new Set(['EIO', 'EPIPE', 'ENXIO', 'EBADF', 'ERR_STREAM_DESTROYED']);

/**
 * The terminal while the TUI owns it: the alternate screen, so quitting gives the shell its screen
 * back, and a restore that runs exactly once however the session ends (quit, a signal, a crash,
 * the terminal going away). A crash is reported as one line on stderr, never as a stack trace.
 */
export class TerminalSession {
	private instance: Instance | undefined;
	private restored = false;
	private hangingUp = false;
	private readonly signalHandlers = new Map<HandledSignal, () => void>();

	constructor(
		private readonly stdout: NodeJS.WriteStream = process.stdout,
		private readonly stdin: NodeJS.ReadStream = process.stdin,
	) {
		// Raw mode before the first frame: Ink only turns it on in an effect after drawing, and a key
		// typed in between would go through the line discipline (Enter becomes \n) and be lost.
		if (stdin.isTTY) stdin.setRawMode(true);
		stdout.write(enterAlternateScreen + clearScreen);
		for (const signal of Object.keys(signalExitCodes) as HandledSignal[]) {
			const handler = () => this.exit(signalExitCodes[signal]);
			this.signalHandlers.set(signal, handler);
			process.on(signal, handler);
		}
		process.on('SIGHUP', this.onHangUp);
		process.on('uncaughtException', this.onCrash);
		process.on('unhandledRejection', this.onCrash);
		stdout.on('resize', this.onResize);
		stdout.on('error', this.onStreamError);
		stdin.on('error', this.onStreamError);
	}

	/** The Ink instance drawing in this session, so a signal or crash can unmount it first. */
	attach(instance: Instance): void {
		this.instance = instance;
	}

	/** Leaves the alternate screen and shows the cursor; safe to call more than once. */
	restore(): void {
		if (this.restored) return;
		this.restored = true;
		this.stdout.off('resize', this.onResize);
		for (const [signal, handler] of this.signalHandlers) process.off(signal, handler);
		process.off('SIGHUP', this.onHangUp);
		process.off('uncaughtException', this.onCrash);
		process.off('unhandledRejection', this.onCrash);
		this.instance?.unmount();
		// Either can find the terminal gone; the stream error handlers stay until the last write is
		// through, so that ends as a hang-up rather than as an unhandled 'error' event.
		if (this.stdin.isTTY) this.stdin.setRawMode(false);
		this.stdout.write(leaveAlternateScreen + showCursor, error => {
			if (error) return;
			this.stdout.off('error', this.onStreamError);
			this.stdin.off('error', this.onStreamError);
		});
	}

	/**
	 * A smaller terminal reflows what is on screen; Ink only clears when the width shrinks. Clearing
	 * here and forgetting Ink's last frame makes the next frame a full, clean redraw at the new size.
	 */
	private readonly onResize = (): void => {
		this.stdout.write(clearScreen);
		this.instance?.clear();
	};

	private readonly onCrash = (error: unknown): void => {
		// A write to a hung-up terminal can surface here rather than as the stream's 'error' event.
		if (isGoneTerminal(error)) return this.onHangUp();
		this.restore();
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`loopstep: internal error: ${message}\n`);
		process.exit(70);
	};

	private readonly onStreamError = (error: NodeJS.ErrnoException): void => {
		if (isGoneTerminal(error)) this.onHangUp();
		else this.onCrash(error);
	};

	/**
	 * The terminal hung up (SIGHUP, or its streams fail with EIO). Restore what can be restored, then
	 * die of SIGHUP as a program without a handler would: exiting normally would make Node reset the
	 * dead terminal's modes, which fails with EIO and aborts with a native stack trace (node.cc ResetStdio).
	 */
	private readonly onHangUp = (): void => {
		if (this.hangingUp) return;
		this.hangingUp = true;
		// Writes to a dead terminal fail later, as 'error' events: nothing is left to tell.
		this.stdout.on('error', ignore);
		this.stdin.on('error', ignore);
		process.stderr.on('error', ignore);
		this.restore();
		// Every SIGHUP listener, Ink's exit hooks included, must go for the default action to apply.
		process.removeAllListeners('SIGHUP');
		process.kill(process.pid, 'SIGHUP');
	};

	private exit(code: number): void {
		this.restore();
		process.exit(code);
	}
}

function ignore(): void {}

function isGoneTerminal(error: unknown): boolean {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return code !== undefined && goneTerminalCodes.has(code);
}
