import {render, useApp} from 'ink';
import type {Plan} from '../plan/index.js';
import {PickerApp} from './picker/picker-app.js';
import type {PickerEntry} from './picker/picker-entry.js';
import {ErrorBoundary} from './terminal/error-boundary.js';
import {tuiRenderOptions} from './terminal/render-options.js';
import {runSession} from './terminal/run-session.js';
import {useTerminalSize} from './terminal/use-terminal-size.js';
import {decideTheme, type Theme} from './theme.js';

export interface PickerOptions {
	readonly examples: readonly PickerEntry[];
	/** Records an example's plan; rejects with a message to show when it cannot. */
	readonly load: (path: string) => Promise<Plan>;
	readonly color: boolean;
	readonly ascii: boolean;
}

/** Lists the bundled examples and steps through the chosen one; resolves when the user quits. */
export async function runPicker(options: PickerOptions): Promise<void> {
	const theme = decideTheme(options);
	await runSession(() => render(<PickerRoot examples={options.examples} load={options.load} theme={theme} />, tuiRenderOptions));
}

function PickerRoot({examples, load, theme}: {examples: readonly PickerEntry[]; load: (path: string) => Promise<Plan>; theme: Theme}) {
	const {exit} = useApp();
	const size = useTerminalSize();
	return (
		<ErrorBoundary onError={exit}>
			<PickerApp examples={examples} load={load} size={size} theme={theme} onQuit={exit} />
		</ErrorBoundary>
	);
}
