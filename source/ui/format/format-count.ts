/** `1337` → `1,337`, as the status bar shows step numbers. */
export function formatCount(value: number): string {
	return value.toLocaleString('en-US');
}
