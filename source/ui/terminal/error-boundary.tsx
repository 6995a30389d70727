import {Text} from 'ink';
import {Component, type ReactNode} from 'react';

/**
 * Catches a render crash before Ink's own boundary would print a stack trace on screen, and hands
 * the error to `onError`, which leaves the terminal and reports one line.
 */
export class ErrorBoundary extends Component<{children: ReactNode; onError: (error: Error) => void}, {failed: boolean}> {
	override state = {failed: false};

	static getDerivedStateFromError(): {failed: boolean} {
		return {failed: true};
	}

	override componentDidCatch(error: Error): void {
		this.props.onError(error);
	}

	override render(): ReactNode {
		return this.state.failed ? <Text>loopstep hit an internal error; leaving.</Text> : this.props.children;
	}
}
