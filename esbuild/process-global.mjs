// Node's ES module loader answers `import process from 'node:process'` by reading every export of
// the process object once, getters included: that opens stdin and loads `util`, about 8 ms of each
// start, whether or not stdin is ever read. The bundle's dependencies (Ink, meow and theirs) import
// it that way, so this plugin hands them the global `process` instead. A named import this module
// does not list fails the build.
export const processGlobal = {
	name: 'process-global',
	setup(build) {
		build.onResolve({filter: /^(node:)?process$/}, () => ({path: 'process', namespace: 'process-global'}));
		build.onLoad({filter: /.*/, namespace: 'process-global'}, () => ({
			contents: 'const {process} = globalThis;\nexport default process;\nexport const {cwd, env} = process;',
			loader: 'js',
		}));
	},
};
