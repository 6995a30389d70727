import type {ConsoleChunk} from '../../plan/index.js';

export interface ConsoleLine {
	readonly text: string;
	/** True when any of the line was written to stderr. */
	readonly stderr: boolean;
}

/**
 * The newest `wanted` lines of the output, oldest first. It walks the chunks from the end and stops
 * once it has enough, so drawing the console costs what is shown, not everything printed so far.
 * A final line without its newline yet is shown as it stands.
 */
export function tailLines(chunks: readonly ConsoleChunk[], wanted: number): ConsoleLine[] {
	const newestFirst: ConsoleLine[] = [];
	let text = '';
	let stderr = false;
	let open = true;
	for (let index = chunks.length - 1; index >= 0 && newestFirst.length < wanted; index--) {
		const chunk = chunks[index]!;
		const parts = chunk.text.split('\n');
		for (let part = parts.length - 1; part >= 0 && newestFirst.length < wanted; part--) {
			const piece = parts[part]!;
			text = piece + text;
			if (piece !== '' && chunk.stream === 'stderr') stderr = true;
			if (part > 0) {
				if (!(open && text === '')) newestFirst.push({text, stderr});
				open = false;
				text = '';
				stderr = false;
			}
		}
	}
	if ((text !== '' || !open) && newestFirst.length < wanted) newestFirst.push({text, stderr});
	return newestFirst.reverse();
}
