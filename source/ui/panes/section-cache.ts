/**
 * Keeps each pane's last build with a key made of everything it was built from. A step usually
 * changes two or three panes; the others come back as the same object, so React skips their whole
 * subtree (the frame's sections are `memo` components).
 */
export class SectionCache {
	private readonly entries = new Map<string, {readonly key: string; readonly value: unknown}>();

	get<T>(id: string, key: string, build: () => T): T {
		const entry = this.entries.get(id);
		if (entry?.key === key) return entry.value as T;
		const value = build();
		this.entries.set(id, {key, value});
		return value;
	}
}
