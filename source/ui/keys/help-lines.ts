import type {Glyphs} from '../theme.js';
import {commandGroups, commands} from './commands.js';
import {keyLabel, keymap} from './keymap.js';

export type HelpLine = {readonly kind: 'group'; readonly title: string} | {readonly kind: 'binding'; readonly keys: string; readonly help: string};

/** The help overlay's content, generated from the keymap: adding a binding adds its line here. */
export function helpLines(glyphs: Glyphs): HelpLine[] {
	return commandGroups.flatMap(group => [
		{kind: 'group', title: group.title} as const,
		...keymap
			.filter(binding => commands[binding.command].group === group.id)
			.map(binding => ({kind: 'binding', keys: binding.keys.map(key => keyLabel(key, glyphs)).join(' '), help: commands[binding.command].help}) as const),
	]);
}

/** What the marks on screen mean, since none of them relies on colour. */
export function markLegend(glyphs: Glyphs): string {
	return [
		`${glyphs.currentLine} current`,
		`${glyphs.breakpoint} breakpoint`,
		`${glyphs.cursor} cursor`,
		`${glyphs.enqueued} added`,
		`${glyphs.removed} removed`,
		`${glyphs.updated} changed`,
		`${glyphs.stderr} stderr`,
	].join('  ');
}
