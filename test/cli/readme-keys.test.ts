import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {helpLines} from '../../source/ui/keys/help-lines.js';
import {decideTheme} from '../../source/ui/theme.js';
import {projectRoot} from '../support/differential.js';

/** The README's key table as the keymap generates it; the test fails when the two drift apart. */
function keysTable(): string {
	const {glyphs} = decideTheme({color: false, ascii: false}, {LANG: 'en_US.UTF-8'});
	const rows = ['| keys | what they do |', '| --- | --- |'];
	for (const line of helpLines(glyphs)) {
		if (line.kind === 'group') rows.push(`| **${line.title}** | |`);
		else rows.push(`| ${line.keys.replaceAll('|', '\\|')} | ${line.help} |`);
	}
	return rows.join('\n');
}

describe('README', () => {
	it('lists every key binding exactly as the keymap defines it', () => {
		const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
		expect(readme).toContain(keysTable());
	});
});
