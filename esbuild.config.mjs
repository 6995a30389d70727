// Builds the CLI as one production bundle: loading ink and react unbundled through the ESM loader
// costs ~350 ms at start-up, one bundle about half of that (see shared terminal notes).
import {build} from 'esbuild';

await build({
	entryPoints: ['source/cli/cli.ts'],
	outfile: 'dist/cli.js',
	bundle: true,
	platform: 'node',
	target: 'node20',
	format: 'esm',
	minify: false,
	sourcemap: false,
	logLevel: 'warning',
	jsx: 'automatic',
	define: {'process.env.NODE_ENV': '"production"'},
	// Native addons load from node_modules at run time.
	external: ['tree-sitter', 'tree-sitter-python'],
	alias: {'react-devtools-core': './source/ui/devtools-stub.ts'},
	banner: {
		js: [
			'#!/usr/bin/env node',
			"import {createRequire as __loopstepCreateRequire} from 'node:module';",
			'const require = __loopstepCreateRequire(import.meta.url);',
		].join('\n'),
	},
});
