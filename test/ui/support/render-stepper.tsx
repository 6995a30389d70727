import {render} from 'ink-testing-library';
import type {Plan} from '../../../source/plan/index.js';
import {StepperApp} from '../../../source/ui/app.js';
import type {TerminalSize} from '../../../source/ui/layout.js';
import {decideTheme} from '../../../source/ui/theme.js';

/** Lets effects run: ink-testing-library drops input written before them. */
export const settle = () => new Promise(resolve => setTimeout(resolve, 15));

/**
 * Waits until Ink has written another frame: React renders input asynchronously, and on a busy
 * machine a fixed pause is not enough. A key that changes nothing times out harmlessly.
 */
async function nextFrame(frames: readonly string[], before: number, timeoutMs = 2000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (frames.length === before && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 5));
	await settle();
}

export interface StepperHarness {
	frame(): string;
	press(...inputs: string[]): Promise<void>;
	quitCalls(): number;
	unmount(): void;
}

export const keys = {right: '\u001B[C', left: '\u001B[D', up: '\u001B[A', down: '\u001B[B', tab: '\t', escape: '\u001B', enter: '\r', pageUp: '\u001B[5~'};

export async function renderStepper(
	plan: Plan,
	options: {size?: TerminalSize; ascii?: boolean; breakpoints?: number[]} = {},
): Promise<StepperHarness> {
	let quits = 0;
	const theme = decideTheme({color: false, ascii: options.ascii ?? false}, {LANG: 'C.UTF-8'});
	const app = render(
		<StepperApp
			plan={plan}
			breakpoints={options.breakpoints ?? []}
			size={options.size ?? {columns: 80, rows: 24}}
			theme={theme}
			onQuit={() => quits++}
		/>,
	);
	await settle();
	return {
		frame: () => app.lastFrame() ?? '',
		async press(...inputs) {
			for (const input of inputs) {
				const before = app.frames.length;
				app.stdin.write(input);
				await nextFrame(app.frames, before);
			}
		},
		quitCalls: () => quits,
		unmount: () => app.unmount(),
	};
}
