// Bundles one TypeScript measuring script of this folder into .bench/NAME.mjs (esbuild), so it runs
// under plain node against the sources as they are, without a build of dist/.
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const benchDir = path.join(root, 'test', 'bench');
export const outDir = path.join(root, '.bench');

/** Bundles test/bench/NAME.ts and returns the path of the runnable .mjs. */
export async function bundle(name) {
	mkdirSync(outDir, {recursive: true});
	const outfile = path.join(outDir, `${name}.mjs`);
	await build({
		entryPoints: [path.join(benchDir, `${name}.ts`)],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		// The native parser loads at run time through require, as in the CLI bundle.
		external: ['tree-sitter', 'tree-sitter-python'],
		banner: {js: "import {createRequire as __benchCreateRequire} from 'node:module'; const require = __benchCreateRequire(import.meta.url);"},
		logLevel: 'warning',
	});
	return outfile;
}
