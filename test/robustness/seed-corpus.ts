import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export type FuzzLanguage = 'javascript' | 'python';

/** A program the fuzzer starts from: its path relative to the project root and its bytes. */
export interface SeedProgram {
	readonly name: string;
	readonly bytes: Buffer;
}

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const sources: Record<FuzzLanguage, {readonly directories: readonly string[]; readonly extension: RegExp}> = {
	javascript: {directories: ['examples', 'test/conformance/js'], extension: /\.(js|mjs|cjs)$/},
	python: {directories: ['examples', 'test/conformance/py'], extension: /\.py$/},
};

/** The example and conformance programs of one language, sorted by name so seeds are stable. */
export function seedPrograms(language: FuzzLanguage): SeedProgram[] {
	const {directories, extension} = sources[language];
	return directories
		.flatMap(directory => readdirSync(path.join(projectRoot, directory)).filter(file => extension.test(file)).map(file => `${directory}/${file}`))
		.sort()
		.map(name => ({name, bytes: readFileSync(path.join(projectRoot, name))}));
}

/** The file extension a mutant of `name` keeps, so `.mjs` seeds stay modules. */
export function extensionOf(name: string): string {
	return path.extname(name);
}
