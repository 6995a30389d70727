import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {EventEmitter} from 'node:events';
import {expect, test} from 'vitest';
import {ErrorBoundary} from '../../source/ui/terminal/error-boundary.js';
import {TerminalSession} from '../../source/ui/terminal/terminal-session.js';
import {settle} from './support/render-stepper.js';

class FakeTerminal extends EventEmitter {
	written = '';
	write(text: string, done?: (error?: Error) => void): boolean {
		this.written += text;
		done?.();
		return true;
	}
}

test('a session enters the alternate screen, and restoring leaves it exactly once', () => {
	const terminal = new FakeTerminal();
	const session = new TerminalSession(terminal as unknown as NodeJS.WriteStream);
	expect(terminal.written).toContain('\x1b[?1049h');
	terminal.emit('resize');
	expect(terminal.written).toContain('\x1b[2J');
	session.restore();
	session.restore();
	expect(terminal.written.split('\x1b[?1049l')).toHaveLength(2);
	expect(terminal.written.endsWith('\x1b[?25h')).toBe(true);
	expect(terminal.listenerCount('resize')).toBe(0);
	expect(terminal.listenerCount('error')).toBe(0);
	expect(process.listeners('SIGTERM')).toHaveLength(0);
	expect(process.listeners('SIGHUP')).toHaveLength(0);
});

function Crash(): never {
	throw new Error('boom in render');
}

test('a crash while drawing reaches the handler as one error, with no stack trace on screen', async () => {
	const errors: Error[] = [];
	const originalError = console.error;
	console.error = () => {};
	try {
		const app = render(
			<ErrorBoundary onError={error => errors.push(error)}>
				<Text>fine</Text>
				<Crash />
			</ErrorBoundary>,
		);
		await settle();
		expect(errors.map(error => error.message)).toEqual(['boom in render']);
		expect(app.lastFrame()).toBe('loopstep hit an internal error; leaving.');
		app.unmount();
	} finally {
		console.error = originalError;
	}
});
