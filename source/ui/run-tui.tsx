import {render, useApp} from 'ink';
import type {Plan} from '../plan/index.js';
import {StepperApp} from './app.js';
import {ErrorBoundary} from './terminal/error-boundary.js';
import {tuiRenderOptions} from './terminal/render-options.js';
import {runSession} from './terminal/run-session.js';
import {useTerminalSize} from './terminal/use-terminal-size.js';
import {decideTheme, type Theme} from './theme.js';

export interface TuiOptions {
	readonly plan: Plan;
	/** Lines from `--break LINE`. */
	readonly breakpoints: readonly number[];
	/** False for `--no-color`. */
	readonly color: boolean;
	readonly ascii: boolean;
}

/** Opens the stepper on a plan; resolves when the user quits, with the terminal restored. */
export async function runTui(options: TuiOptions): Promise<void> {
	const theme = decideTheme(options);
	await runSession(() => render(<StepperRoot plan={options.plan} breakpoints={options.breakpoints} theme={theme} />, tuiRenderOptions));
}

function StepperRoot({plan, breakpoints, theme}: {plan: Plan; breakpoints: readonly number[]; theme: Theme}) {
	const {exit} = useApp();
	const size = useTerminalSize();
	return (
		<ErrorBoundary onError={exit}>
			<StepperApp plan={plan} breakpoints={breakpoints} size={size} theme={theme} onQuit={exit} />
		</ErrorBoundary>
	);
}
