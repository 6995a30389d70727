import type {Node} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';

/**
 * Every loop iteration records one step at the loop's test, so an empty-bodied loop (a busy-wait)
 * still advances the step count, the virtual clock and the step cap.
 */
export function iterationStep(c: Compiler, node: Node, narration: string): () => void {
	const recorder = c.recorder;
	const line = c.line(node);
	const column = c.column(node);
	const id = c.intern(narration);
	const agent = c.agent;
	return () => {
		recorder.step('statement', line, column, id);
		agent.currentLine = line;
	};
}
