import type {Plan} from '../../plan/index.js';

/** What the commands need to know besides the state: the plan and the shape of the screen now. */
export interface ViewerContext {
	readonly plan: Plan;
	/** Focusable panes in Tab order. */
	readonly panes: readonly string[];
	/** How far each pane can scroll (0 when everything fits). */
	readonly scrollLimits: Readonly<Record<string, number>>;
	/** Rows a page moves per pane. */
	readonly pageSizes: Readonly<Record<string, number>>;
	/** Lines in the program text, for the Source cursor. */
	readonly sourceLines: number;
	readonly helpScrollLimit: number;
}
