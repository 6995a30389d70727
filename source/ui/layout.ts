import type {PlanMeta} from '../plan/index.js';

export interface TerminalSize {
	readonly columns: number;
	readonly rows: number;
}

/** A pane inside a column: a title line above `rows` content lines. */
export interface SectionBox {
	readonly id: string;
	readonly rows: number;
}

export interface ColumnBox {
	readonly width: number;
	readonly sections: readonly SectionBox[];
}

export interface ScreenLayout {
	readonly width: number;
	/** Never more than `rows - 1`: a frame as tall as the terminal makes Ink clear and redraw every frame. */
	readonly height: number;
	/** Rows the pane columns take (title lines, content and the bottom border). */
	readonly paneRows: number;
	readonly narrationRows: number;
	/** Left to right: Source and Console first, then the loop's panes in one column, or two when wide. */
	readonly columns: readonly ColumnBox[];
}

const minimumColumns = 60;
const minimumSourceRows = 3;
const minimumConsoleRows = 2;
/** From this width the loop's panes take two columns, so each queue gets more rows. */
const wideColumns = 150;

/** The smallest terminal the panes of this plan fit in. */
export function minimumSize(meta: PlanMeta): TerminalSize {
	const leftRows = minimumSourceRows + minimumConsoleRows + 3;
	const rightRows = rightColumnIds(meta).length * 2 + 1;
	return {columns: minimumColumns, rows: Math.max(leftRows, rightRows) + 3};
}

/** Right column sections, top to bottom: the loop's clock and phase, the stack, then the plan's queues. */
export function rightColumnIds(meta: PlanMeta): string[] {
	return ['clock', 'stack', ...meta.queues.map(queue => queue.id)];
}

/**
 * Splits the terminal into panes. `demand` says how many lines a pane would like at this step
 * (source lines, stack frames, queue items); spare rows go to panes that need them, then to everyone.
 * Returns undefined when the terminal is below `minimumSize`.
 */
export function computeLayout(size: TerminalSize, meta: PlanMeta, demand: Readonly<Record<string, number>>): ScreenLayout | undefined {
	const minimum = minimumSize(meta);
	if (size.columns < minimum.columns || size.rows < minimum.rows) return undefined;
	const height = size.rows - 1;
	const narrationRows = height >= 22 ? 2 : 1;
	const paneRows = height - narrationRows - 1;
	const wide = size.columns >= wideColumns;
	const loopWidth = wide ? Math.min(Math.floor(size.columns * 0.25), 60) : Math.min(Math.max(Math.floor(size.columns * 0.4), 30), 72);
	const loopColumns = wide ? 2 : 1;
	const leftWidth = size.columns - loopWidth * loopColumns;

	const leftContent = paneRows - 3;
	// A short program leaves the rest of the column to the console.
	const sourceWants = Math.max(minimumSourceRows, (demand['source'] ?? 0) + 1);
	const consoleRows = Math.max(minimumConsoleRows, Math.round(leftContent * 0.35), leftContent - sourceWants);
	const columns: ColumnBox[] = [
		{
			width: leftWidth,
			sections: [
				{id: 'source', rows: leftContent - consoleRows},
				{id: 'console', rows: consoleRows},
			],
		},
	];
	const ids = rightColumnIds(meta);
	const split = wide ? Math.ceil(ids.length / 2) : ids.length;
	for (const group of wide ? [ids.slice(0, split), ids.slice(split)] : [ids]) {
		const rows = shareRows(
			paneRows - group.length - 1,
			group.map(id => (id === 'clock' ? 1 : Math.max(1, demand[id] ?? 0))),
			group.map(id => id !== 'clock'),
		);
		columns.push({width: loopWidth, sections: group.map((id, at) => ({id, rows: rows[at]!}))});
	}
	return {width: size.columns, height, paneRows, narrationRows, columns};
}

/**
 * Gives every section one row, then one more at a time to sections that want more, round robin,
 * then what is left to the sections that may grow. The total is always exactly `total`.
 */
function shareRows(total: number, wants: readonly number[], growable: readonly boolean[]): number[] {
	const rows = wants.map(() => 1);
	let spare = total - rows.length;
	for (let hungry = true; spare > 0 && hungry; ) {
		hungry = false;
		for (let at = 0; at < rows.length && spare > 0; at++) {
			if (rows[at]! < wants[at]!) {
				rows[at]!++;
				spare--;
				hungry = true;
			}
		}
	}
	const takers = rows.map((_, at) => at).filter(at => growable[at]);
	for (let turn = 0; spare > 0 && takers.length > 0; turn++, spare--) rows[takers[turn % takers.length]!]!++;
	return rows;
}
