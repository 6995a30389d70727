import {readFileSync} from 'node:fs';
import path from 'node:path';

/**
 * Node's rule for a file's module system (ESM resolution, "package scope"): `.mjs` is a module,
 * `.cjs` a script, and `.js` follows the `type` field of the nearest package.json above it
 * (`commonjs` when there is none or it has no `type`).
 */
export function nodeModuleType(file: string): 'module' | 'commonjs' {
	if (/\.mjs$/i.test(file)) return 'module';
	if (/\.cjs$/i.test(file)) return 'commonjs';
	let directory = path.dirname(path.resolve(file));
	for (;;) {
		const manifest = readPackageType(path.join(directory, 'package.json'));
		if (manifest !== undefined) return manifest;
		const parent = path.dirname(directory);
		if (parent === directory) return 'commonjs';
		directory = parent;
	}
}

/** The package's type, `commonjs` for a package.json without one, undefined when there is no readable file. */
function readPackageType(manifest: string): 'module' | 'commonjs' | undefined {
	let text: string;
	try {
		text = readFileSync(manifest, 'utf8');
	} catch {
		return undefined;
	}
	try {
		return (JSON.parse(text) as {type?: unknown}).type === 'module' ? 'module' : 'commonjs';
	} catch {
		return 'commonjs';
	}
}
