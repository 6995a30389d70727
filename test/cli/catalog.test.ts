import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readExamples} from '../../source/cli/examples-catalog.js';
import {projectRoot} from '../support/differential.js';

/** The seeds are kept verbatim from the project's brief, so they carry no header comment. */
const seeds = new Set(['examples/promise.js', 'examples/asyncio_basic.py', 'examples/gather.py']);

describe('examples/catalog.json', () => {
	const examples = readExamples(projectRoot);

	it('lists every example file exactly once', () => {
		const files = readdirSync(path.join(projectRoot, 'examples'))
			.filter(name => /\.(js|mjs|py)$/.test(name))
			.map(name => `examples/${name}`)
			.sort();
		expect(examples.map(example => example.file).sort()).toEqual(files);
	});

	it.each(examples.filter(example => !seeds.has(example.file)).map(example => [example.file, example] as const))(
		'%s opens with the title and lesson the catalog shows',
		(_file, example) => {
			const marker = example.file.endsWith('.py') ? '#' : '//';
			const header = readFileSync(example.path, 'utf8').split('\n').slice(0, 6);
			expect(header[0]).toBe(`${marker} ${example.title}`);
			const lesson = header.find(line => line.startsWith(`${marker} Lesson: `));
			expect(lesson?.slice(`${marker} Lesson: `.length)).toBe(example.lesson);
			expect(header.some(line => line.startsWith(`${marker} Watch: `))).toBe(true);
		},
	);
});
