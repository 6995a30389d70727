/** The TUI needs a real terminal on both ends; anything else gets the plain trace. */
export function interactiveTerminal(): boolean {
	return Boolean(process.stdin.isTTY && process.stdout.isTTY) && process.env['TERM'] !== 'dumb';
}
