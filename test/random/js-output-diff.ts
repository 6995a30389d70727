/** How much context to show around the first differing line. */
const contextLines = 3;

function visible(line: string): string {
	return JSON.stringify(line).slice(1, -1);
}

function linesOf(text: string): string[] {
	const lines = text.split('\n');
	if (lines[lines.length - 1] === '') lines.pop();
	return lines;
}

/**
 * A readable account of how two program outputs differ: the first differing line with a few
 * lines around it, expected (`node`) against actual (`loopstep`), invisible characters escaped.
 */
export function describeOutputDifference(expected: string, actual: string): string {
	const want = linesOf(expected);
	const got = linesOf(actual);
	let first = 0;
	while (first < want.length && first < got.length && want[first] === got[first]) first++;
	if (first === want.length && first === got.length) return 'stdout differs only in its final newline';
	const from = Math.max(0, first - contextLines);
	const lines = [`stdout differs at line ${first + 1} (node printed ${want.length} lines, loopstep ${got.length}):`];
	for (let index = from; index < first; index++) lines.push(`    ${visible(want[index]!)}`);
	for (let index = first; index < Math.min(want.length, first + contextLines * 2); index++) {
		lines.push(`  - ${visible(want[index]!)}`);
	}
	for (let index = first; index < Math.min(got.length, first + contextLines * 2); index++) {
		lines.push(`  + ${visible(got[index]!)}`);
	}
	lines.push('(- node, + loopstep)');
	return lines.join('\n');
}

/**
 * The `Name: message` line Node prints in its report for an uncaught Error (after the code
 * frame, before the stack), or undefined when the thrown value was not an Error.
 */
export function errorHeadline(stderr: string): string | undefined {
	for (const line of stderr.split('\n')) {
		if (/^[A-Za-z_$][\w$]*: \S/.test(line)) return line;
	}
	return undefined;
}
