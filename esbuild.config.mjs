// Builds the CLI as a production bundle split at its dynamic imports: loading ink and react unbundled
// through the ESM loader costs ~350 ms at start-up (see shared terminal notes), and with splitting
// `--help` parses only the entry, `--print` never parses the UI, and the simulation thread
// (simulation-worker.js) parses only the simulator it runs. Chunks sit beside the entries, since
// the CLI finds the worker relative to its own module.
import {readdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {fastStringWidth} from './esbuild/fast-string-width.mjs';
import {inkOutput} from './esbuild/ink-output.mjs';
import {lazyIntlSegmenter} from './esbuild/lazy-intl-segmenter.mjs';
import {meowLazyNormalize} from './esbuild/meow-lazy-normalize.mjs';
import {processGlobal} from './esbuild/process-global.mjs';

const result = await build({
	entryPoints: ['source/cli/cli.ts', 'source/cli/simulation-worker.ts'],
	metafile: true,
	outdir: 'dist',
	chunkNames: '[name]-[hash]',
	splitting: true,
	bundle: true,
	platform: 'node',
	target: 'node20',
	format: 'esm',
	// Whitespace and syntax only: a third of the bytes to parse at start-up, names kept for messages.
	minifyWhitespace: true,
	minifySyntax: true,
	sourcemap: false,
	logLevel: 'warning',
	jsx: 'automatic',
	define: {'process.env.NODE_ENV': '"production"'},
	// Native addons load from node_modules at run time.
	external: ['tree-sitter', 'tree-sitter-python'],
	alias: {'react-devtools-core': './source/ui/devtools-stub.ts'},
	// Start-up: Ink's frame building, text widths, and work its dependencies do on load (esbuild/).
	plugins: [inkOutput, fastStringWidth, lazyIntlSegmenter, meowLazyNormalize, processGlobal],
	banner: {
		js: [
			'#!/usr/bin/env node',
			"import {createRequire as __loopstepCreateRequire} from 'node:module';",
			'const require = __loopstepCreateRequire(import.meta.url);',
		].join('\n'),
	},
});

// Chunk names carry content hashes: drop the ones an earlier build left, so dist/ holds one build.
const written = new Set(Object.keys(result.metafile.outputs).map(file => path.resolve(file)));
for (const name of readdirSync('dist')) {
	if (name.endsWith('.js') && !written.has(path.resolve('dist', name))) rmSync(path.join('dist', name));
}
