import type {Instance} from 'ink';
import {TerminalSession} from './terminal-session.js';

/**
 * Draws an Ink app in a terminal session until it exits, then restores the terminal. A failure
 * comes back as a plain Error with the message only: the CLI prints one line, never a stack.
 */
export async function runSession(start: () => Instance): Promise<void> {
	const session = new TerminalSession();
	let failure: unknown;
	try {
		const instance = start();
		session.attach(instance);
		await instance.waitUntilExit();
	} catch (error) {
		failure = error;
	} finally {
		session.restore();
	}
	if (failure !== undefined) throw new Error(failure instanceof Error ? failure.message : String(failure));
}
