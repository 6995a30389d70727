/** The SGR parameters in `screen` that set a colour (16-colour, 256 and true colour, fore- and background). */
export function colourCodes(screen: string): string[] {
	const found: string[] = [];
	for (const match of screen.matchAll(/\x1b\[([0-9;]*)m/g)) {
		for (const code of match[1]!.split(';')) {
			const value = Number(code);
			if ((value >= 30 && value <= 38) || (value >= 40 && value <= 48) || (value >= 90 && value <= 97) || (value >= 100 && value <= 107)) found.push(code);
		}
	}
	return found;
}
