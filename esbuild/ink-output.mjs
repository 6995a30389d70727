// Ink's renderer builds every frame through its Output; ours (source/ui/terminal/ink-output.ts)
// makes the same bytes several times faster, so the bundle takes it in place of Ink's.
import path from 'node:path';

export const inkOutput = {
	name: 'ink-output',
	setup(build) {
		const renderer = path.join('ink', 'build', 'renderer.js');
		build.onResolve({filter: /^\.\/output\.js$/}, ({importer}) =>
			importer.endsWith(renderer) ? {path: path.resolve('source/ui/terminal/ink-output.ts')} : undefined);
	},
};
