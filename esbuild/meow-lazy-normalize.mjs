// meow 14 ships its dependencies pre-bundled, and that bundle runs normalize-package-data (with npm's
// SPDX licence lists) when it loads: about 30 ms at every start. meow only calls it when a program
// asks for its package.json normalized, which loopstep never does (it passes `pkg` itself), so this
// plugin makes that one binding lazy. It fails the build if meow's text changes, rather than
// silently doing nothing.
import {readFile} from 'node:fs/promises';

const eager = 'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);';
const lazy = 'const normalizePackageData = (...parameters) => getDefaultExportFromCjs(requireNormalize())(...parameters);';

export const meowLazyNormalize = {
	name: 'meow-lazy-normalize',
	setup(build) {
		build.onLoad({filter: /[\\/]meow[\\/]build[\\/]dependencies\.js$/}, async ({path}) => {
			const text = await readFile(path, 'utf8');
			if (text.split(eager).length !== 2) throw new Error(`meow-lazy-normalize: ${path} no longer has the binding this plugin rewrites`);
			return {contents: text.replace(eager, lazy), loader: 'js'};
		});
	},
};
