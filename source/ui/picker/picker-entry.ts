/** One example the picker offers; the CLI's catalog entries have exactly this shape. */
export interface PickerEntry {
	/** Path as listed, e.g. `examples/promise.js`. */
	readonly file: string;
	readonly title: string;
	readonly lesson: string;
	/** Where to load it from. */
	readonly path: string;
}
