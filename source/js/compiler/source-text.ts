/** Collapses a piece of source onto one line and cuts it at `max` characters with an ellipsis. */
export function shorten(text: string, max: number): string {
	// Only the head is shown, so only a head is collapsed: a call at the end of a 10,000-link `.then`
	// chain has the whole chain as its callee, and collapsing all of it at every link is quadratic.
	for (let head = max * 4; ; head *= 2) {
		const whole = head >= text.length;
		const oneLine = collapse(whole ? text : text.slice(0, head));
		if (oneLine.length > max) return `${oneLine.slice(0, max - 1)}…`;
		if (whole) return oneLine;
	}
}

function collapse(text: string): string {
	return text.replace(/\s*\n\s*/g, ' ').replace(/\s+/g, ' ').trim();
}
