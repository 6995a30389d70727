/**
 * `file:line:col: Name: message` and the lines around it with a caret, the way compilers show
 * where a program went wrong.
 */
export function formatSourceError(
	file: string,
	source: string,
	error: {errorName: string; message: string; line: number; column: number},
): string {
	const header = `${file}:${error.line}:${error.column}: ${error.errorName}: ${error.message}`;
	return `${header}\n${codeFrame(source, error.line, error.column)}`;
}

export function codeFrame(source: string, line: number, column: number, context = 2): string {
	const lines = source.split(/\r\n|\r|\n/);
	const first = Math.max(1, line - context);
	const last = Math.min(lines.length, line + context);
	const width = String(last).length;
	const out: string[] = [];
	for (let number = first; number <= last; number++) {
		const text = (lines[number - 1] ?? '').replaceAll('\t', ' ');
		const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
		out.push(`${number === line ? '>' : ' '} ${String(number).padStart(width)} | ${shown}`);
		if (number === line) {
			const caretAt = Math.max(0, Math.min(column - 1, 200));
			out.push(`  ${' '.repeat(width)} | ${' '.repeat(caretAt)}^`);
		}
	}
	return out.join('\n');
}
