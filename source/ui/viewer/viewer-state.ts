/** Steps per second a person can choose while playing; `+`/`-` move along this list. */
export const playSpeeds = [1, 2, 4, 8, 15, 30, 60, 120, 250, 500, 1000] as const;

export const defaultSpeedIndex = 1;

export type Overlay = 'help' | 'goto';

/** Where the viewer stands: everything the keys change. The plan itself never changes. */
export interface ViewerState {
	/** Index of the step shown (0-based; the status bar shows it 1-based). */
	readonly step: number;
	readonly playing: boolean;
	readonly speedIndex: number;
	/** Id of the focused pane: `source`, `console`, `stack` or a queue id. */
	readonly focus: string;
	/** Per pane, how far it is scrolled from where it shows by default (the console from its tail). */
	readonly scroll: Readonly<Record<string, number>>;
	/** The line the Source cursor is on; undefined while it follows the current line. */
	readonly sourceCursor: number | undefined;
	readonly breakpoints: ReadonlySet<number>;
	readonly overlay: Overlay | undefined;
	readonly helpScroll: number;
	/** What has been typed after `:`. */
	readonly goToText: string;
	/** One line of feedback for the last key, e.g. `no breakpoint ahead`. */
	readonly notice: string | undefined;
	readonly quit: boolean;
}

export function initialViewerState(breakpoints: readonly number[]): ViewerState {
	return {
		step: 0,
		playing: false,
		speedIndex: defaultSpeedIndex,
		focus: 'source',
		scroll: {},
		sourceCursor: undefined,
		breakpoints: new Set(breakpoints),
		overlay: undefined,
		helpScroll: 0,
		goToText: '',
		notice: undefined,
		quit: false,
	};
}
