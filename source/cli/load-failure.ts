/** A program that could not even start: what to print and the exit code to leave with. */
export class LoadFailure extends Error {
	constructor(
		message: string,
		readonly exitCode: number,
	) {
		super(message);
		this.name = 'LoadFailure';
	}
}
