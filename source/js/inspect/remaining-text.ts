/** `remainingText` in Node's inspect.js: the tail entry past `maxArrayLength`. */
export function remainingText(remaining: number): string {
	return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}
