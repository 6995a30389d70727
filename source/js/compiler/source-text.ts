/** Collapses a piece of source onto one line and cuts it at `max` characters with an ellipsis. */
export function shorten(text: string, max: number): string {
	const oneLine = text.replace(/\s*\n\s*/g, ' ').replace(/\s+/g, ' ').trim();
	return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
