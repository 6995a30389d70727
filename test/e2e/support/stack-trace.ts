/** True when `text` holds what a crash prints: a JavaScript stack (`    at f (file:1:2)`), or Node's native assertion report. */
export function showsStackTrace(text: string): boolean {
	return /^\s+at .+[(:]\d+/m.test(text) || /Native stack trace|Assertion failed|node:internal/.test(text);
}
