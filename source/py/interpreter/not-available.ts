/**
 * Something loopstep does not simulate (an unknown module, `open`, `input`, `eval`): the run stops
 * with this message instead of pretending. Not a Python exception, so `except` cannot catch it.
 */
export class NotAvailable extends Error {
	constructor(
		message: string,
		readonly line: number,
	) {
		super(message);
		this.name = 'NotAvailable';
	}
}
