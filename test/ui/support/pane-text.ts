/**
 * The text inside one pane of a frame, found by its title: the lines under the title, between the
 * title line's corners, until the next separator or bottom border.
 */
export function paneText(frame: string, title: string): string {
	const lines = frame.split('\n');
	const row = lines.findIndex(line => line.includes(` ${title}`) || line.includes(`[${title}`));
	if (row < 0) throw new Error(`no pane titled ${title} in:\n${frame}`);
	const titleLine = [...lines[row]!];
	const at = titleLine.findIndex((_, column) => titleLine.slice(column).join('').startsWith(` ${title}`) || titleLine.slice(column).join('').startsWith(`[${title}`));
	const start = findBefore(titleLine, at, ['╭', '├', '+']);
	const end = findAfter(titleLine, at, ['╮', '┤', '+']);
	const content: string[] = [];
	for (let next = row + 1; next < lines.length; next++) {
		const cells = [...lines[next]!];
		if (['├', '╰', '+'].includes(cells[start] ?? '')) break;
		content.push(cells.slice(start + 1, end).join('').trimEnd());
	}
	return content.join('\n');
}

function findBefore(cells: string[], from: number, corners: string[]): number {
	for (let column = from; column >= 0; column--) if (corners.includes(cells[column]!)) return column;
	return 0;
}

function findAfter(cells: string[], from: number, corners: string[]): number {
	for (let column = from + 1; column < cells.length; column++) if (corners.includes(cells[column]!)) return column;
	return cells.length;
}
