/**
 * Lines that only an escaped host exception prints: V8 frames (`    at fn (file:1:2)`), Node's own
 * modules, or loopstep's bundle. A simulated program's traceback never names these.
 */
const internalTraceLine = /^\s+at (?:.+ \()?(?:file:|node:|\/|[A-Za-z]:\\|<anonymous>|new |async ).*$|node:internal|dist\/cli\.js|Please report this/m;

/** The first line of `text` that looks like a leaked internal stack trace, if any. */
export function internalTraceIn(text: string): string | undefined {
	return internalTraceLine.exec(text)?.[0];
}
