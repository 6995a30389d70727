/** Which simulator produced a plan; the UI picks pane layouts and clock units from it. */
export type Language = 'javascript' | 'python';

/**
 * A named queue the loop model keeps, in the order the UI should show it.
 * Node: `timers`, `macrotask`, `nextTick`, `microtask`, `immediate`.
 * asyncio: `ready`, `scheduled`, `tasks`.
 */
export interface QueueInfo {
	readonly id: string;
	readonly title: string;
}

/** Facts about a whole plan that do not change from step to step. */
export interface PlanMeta {
	readonly language: Language;
	/** The path the user gave, as given. */
	readonly file: string;
	/** The program text, so the UI can show the Source pane without reading the file again. */
	readonly source: string;
	/** How the UI should show the clock; the plan itself always counts milliseconds. */
	readonly clockUnit: 'ms' | 's';
	readonly queues: readonly QueueInfo[];
}
