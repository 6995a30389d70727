import {paneText} from '../../ui/support/pane-text.js';

/** The status bar's `step N/M`, as numbers. */
export function stepOf(screen: string): {step: number; of: number} | undefined {
	const match = /step ([\d,]+)\/([\d,]+)/.exec(screen);
	if (!match) return undefined;
	return {step: Number(match[1]!.replaceAll(',', '')), of: Number(match[2]!.replaceAll(',', ''))};
}

export const atStep = (step: number) => (screen: string) => stepOf(screen)?.step === step;

/** The Console pane's lines without the change and stream marks. */
export function consoleLines(screen: string): string[] {
	return paneText(screen, 'Console')
		.split('\n')
		.filter(line => line.trim() !== '')
		.map(line => line.slice(2));
}
