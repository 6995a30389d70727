/**
 * A program that cannot be simulated at all: it does not parse, or it uses a construct outside the
 * supported subset that a front end rejects before running. The CLI prints
 * `file:line:col: Name: message` with a code frame and exits 1.
 */
export class SourceError extends Error {
	constructor(
		/** `SyntaxError`, or `UnsupportedError` for a construct loopstep does not simulate. */
		readonly errorName: 'SyntaxError' | 'UnsupportedError',
		message: string,
		/** 1-based. */
		readonly line: number,
		/** 1-based. */
		readonly column: number,
	) {
		super(message);
		this.name = 'SourceError';
	}
}
