import type {Instance} from 'ink';

const enterAlternateScreen = '\x1b[?1049h';
const leaveAlternateScreen = '\x1b[?1049l';
const clearScreen = '\x1b[2J\x1b[H';
const showCursor = '\x1b[?25h';

const signalExitCodes = {SIGTERM: 143, SIGHUP: 129, SIGINT: 130} as const;
type HandledSignal = keyof typeof signalExitCodes;

/**
 * The terminal while the TUI owns it: the alternate screen, so quitting gives the shell its screen
 * back, and a restore that runs exactly once however the session ends (quit, a signal, a crash).
 * A crash is reported as one line on stderr, never as a stack trace.
 */
export class TerminalSession {
	private instance: Instance | undefined;
	private restored = false;
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
		process.on('uncaughtException', this.onCrash);
		process.on('unhandledRejection', this.onCrash);
		stdout.on('resize', this.onResize);
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
		process.off('uncaughtException', this.onCrash);
		process.off('unhandledRejection', this.onCrash);
		this.instance?.unmount();
		if (this.stdin.isTTY) this.stdin.setRawMode(false);
		this.stdout.write(leaveAlternateScreen + showCursor);
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
		this.restore();
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`loopstep: internal error: ${message}\n`);
		process.exit(70);
	};

	private exit(code: number): void {
		this.restore();
		process.exit(code);
	}
}
