import type {Language} from '../plan/index.js';

/** The language of a file, from its extension; undefined for anything loopstep does not simulate. */
export function languageOf(file: string): Language | undefined {
	if (/\.(js|mjs|cjs)$/i.test(file)) return 'javascript';
	if (/\.py$/i.test(file)) return 'python';
	return undefined;
}
