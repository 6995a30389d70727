/**
 * Writes to stdout/stderr honouring back-pressure, and treats a closed pipe (`loopstep ... | head`)
 * as the reader being done rather than as a crash.
 */
export class OutputStream {
	closed = false;
	private opened: NodeJS.WriteStream | undefined;

	constructor(private readonly open: () => NodeJS.WriteStream) {}

	/**
	 * The stream, made on first use: creating `process.stdout` for a terminal takes a few
	 * milliseconds that start-up would otherwise spend before the simulation thread starts.
	 */
	private get stream(): NodeJS.WriteStream {
		if (this.opened === undefined) {
			this.opened = this.open();
			this.opened.on('error', (error: NodeJS.ErrnoException) => {
				if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.closed = true;
				else throw error;
			});
		}
		return this.opened;
	}

	async write(text: string): Promise<void> {
		if (this.closed || text === '') return;
		if (!this.stream.write(text)) {
			await new Promise<void>(resolve => {
				const done = () => {
					this.stream.off('drain', done);
					this.stream.off('error', done);
					this.stream.off('close', done);
					resolve();
				};
				this.stream.once('drain', done);
				this.stream.once('error', done);
				this.stream.once('close', done);
			});
		}
	}
}

export const stdout = new OutputStream(() => process.stdout);
export const stderr = new OutputStream(() => process.stderr);
