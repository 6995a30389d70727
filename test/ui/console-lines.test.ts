import {describe, expect, test} from 'vitest';
import {tailLines} from '../../source/ui/format/console-lines.js';

const out = (text: string) => ({stream: 'stdout' as const, text});
const err = (text: string) => ({stream: 'stderr' as const, text});

describe('tailLines', () => {
	test('splits chunks into lines, newest last', () => {
		expect(tailLines([out('a\nb\n'), out('c\n')], 10)).toEqual([
			{text: 'a', stderr: false},
			{text: 'b', stderr: false},
			{text: 'c', stderr: false},
		]);
	});
	test('keeps only the newest lines asked for', () => {
		expect(tailLines([out('a\nb\n'), out('c\n')], 2).map(line => line.text)).toEqual(['b', 'c']);
	});
	test('joins a line written in several chunks and marks it stderr when any part is', () => {
		expect(tailLines([out('x'), err('y\n')], 5)).toEqual([{text: 'xy', stderr: true}]);
	});
	test('shows an unfinished last line and keeps empty lines', () => {
		expect(tailLines([out('\na\n\nb')], 10).map(line => line.text)).toEqual(['', 'a', '', 'b']);
	});
	test('no output, no lines', () => {
		expect(tailLines([], 5)).toEqual([]);
		expect(tailLines([out('\n')], 5)).toEqual([{text: '', stderr: false}]);
	});
});
