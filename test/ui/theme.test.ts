import {describe, expect, test} from 'vitest';
import {decideTheme, wantsAscii, wantsColor} from '../../source/ui/theme.js';

const utf8 = {LANG: 'en_US.UTF-8'};

describe('colour', () => {
	test('on by default', () => {
		expect(wantsColor({color: true, ascii: false}, {})).toBe(true);
	});
	test('NO_COLOR set and non-empty turns it off; empty NO_COLOR does not', () => {
		expect(wantsColor({color: true, ascii: false}, {NO_COLOR: '1'})).toBe(false);
		expect(wantsColor({color: true, ascii: false}, {NO_COLOR: ''})).toBe(true);
	});
	test('--no-color wins over FORCE_COLOR', () => {
		expect(wantsColor({color: false, ascii: false}, {FORCE_COLOR: '3'})).toBe(false);
	});
	test('FORCE_COLOR is honoured both ways and beats NO_COLOR', () => {
		expect(wantsColor({color: true, ascii: false}, {FORCE_COLOR: '0'})).toBe(false);
		expect(wantsColor({color: true, ascii: false}, {FORCE_COLOR: 'false'})).toBe(false);
		expect(wantsColor({color: true, ascii: false}, {FORCE_COLOR: '1', NO_COLOR: '1'})).toBe(true);
	});
	test('a colourless theme has no colour in any token', () => {
		const theme = decideTheme({color: false, ascii: false}, utf8);
		expect(Object.values(theme.colors).every(value => value === undefined)).toBe(true);
		expect(Object.values(decideTheme({color: true, ascii: false}, utf8).colors).every(value => value !== undefined)).toBe(true);
	});
});

describe('ascii', () => {
	test('--ascii, TERM=linux and non-UTF-8 locales draw with +-|', () => {
		expect(wantsAscii({color: true, ascii: true}, utf8)).toBe(true);
		expect(wantsAscii({color: true, ascii: false}, {...utf8, TERM: 'linux'})).toBe(true);
		expect(wantsAscii({color: true, ascii: false}, {LANG: 'C'})).toBe(true);
		expect(wantsAscii({color: true, ascii: false}, {})).toBe(true);
		expect(wantsAscii({color: true, ascii: false}, {LC_ALL: 'POSIX', LANG: 'en_US.UTF-8'})).toBe(true);
	});
	test('a UTF-8 locale gets box drawing', () => {
		expect(wantsAscii({color: true, ascii: false}, {LC_CTYPE: 'C.utf8'})).toBe(false);
		const theme = decideTheme({color: true, ascii: false}, utf8);
		expect(theme.box.vertical).toBe('│');
	});
	test('the ascii theme uses only ASCII characters', () => {
		const theme = decideTheme({color: true, ascii: true}, {});
		const text = [...Object.values(theme.box), ...Object.values(theme.glyphs)].join('');
		expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
	});
});
