import type {Recorder} from '../../plan/index.js';

/**
 * Narrations built from one template and two parts (a job's kind and its label, say), interned once
 * per pair. A hot loop of 10,000 promise jobs then neither builds nor hashes the same sentence again:
 * the parts are strings the jobs already hold, whose hashes V8 keeps.
 */
export class PairNarrations {
	private readonly ids = new Map<string, Map<string, number>>();

	constructor(
		private readonly recorder: Recorder,
		private readonly sentence: (first: string, second: string) => string,
	) {}

	id(first: string, second: string): number {
		let bySecond = this.ids.get(first);
		if (bySecond === undefined) {
			bySecond = new Map();
			this.ids.set(first, bySecond);
		}
		let id = bySecond.get(second);
		if (id === undefined) {
			id = this.recorder.intern(this.sentence(first, second));
			bySecond.set(second, id);
		}
		return id;
	}
}
