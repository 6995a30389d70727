import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** One bundled lesson, as listed in `examples/catalog.json`. */
export interface ExampleEntry {
	/** Path relative to the package root, e.g. `examples/promise.js`. */
	readonly file: string;
	readonly title: string;
	readonly lesson: string;
	/** The absolute path, for loading. */
	readonly path: string;
}

/** The package root: `dist/cli.js` (built) and `source/cli/*.ts` (tests) both sit two levels down. */
export function packageRoot(): string {
	const here = path.dirname(fileURLToPath(import.meta.url));
	return path.basename(here) === 'dist' ? path.dirname(here) : path.resolve(here, '..', '..');
}

export function readExamples(root = packageRoot()): ExampleEntry[] {
	const catalog = JSON.parse(readFileSync(path.join(root, 'examples', 'catalog.json'), 'utf8')) as {
		examples: Array<{file: string; title: string; lesson: string}>;
	};
	return catalog.examples.map(entry => ({...entry, path: path.join(root, entry.file)}));
}
