import type {Language, Simulator} from '../plan/index.js';

/**
 * Loads a language's simulator on first use: the other language never pays for it (the Python
 * front end loads a native parser).
 */
export async function simulatorFor(language: Language): Promise<Simulator> {
	return language === 'javascript' ? (await import('../js/index.js')).simulateJavaScript : (await import('../py/index.js')).simulatePython;
}
