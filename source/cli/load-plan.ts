import {readFileSync} from 'node:fs';
import {SourceError, type Language, type Plan, type Simulator} from '../plan/index.js';
import {formatSourceError} from './code-frame.js';
import {languageOf} from './language.js';
import {nodeModuleType} from './node-module-type.js';
import {UsageError} from './usage-error.js';

/** A program that could not even start: what to print and the exit code to leave with. */
export class LoadFailure extends Error {
	constructor(
		message: string,
		readonly exitCode: number,
	) {
		super(message);
		this.name = 'LoadFailure';
	}
}

/**
 * Loads a language's simulator on first use: `--help` and the other language never pay for it
 * (the Python front end loads a native parser).
 */
export async function simulatorFor(language: Language): Promise<Simulator> {
	return language === 'javascript' ? (await import('../js/index.js')).simulateJavaScript : (await import('../py/index.js')).simulatePython;
}

function simulatedLanguage(file: string): Language {
	const language = languageOf(file);
	if (!language) throw new UsageError(`cannot simulate ${file}: loopstep runs .js, .mjs, .cjs and .py files`);
	return language;
}

/** Reads a program, picks its simulator and records its plan. */
export async function loadPlan(file: string, maxSteps: number): Promise<Plan> {
	return loadPlanWith(await simulatorFor(simulatedLanguage(file)), file, maxSteps);
}

/** A synchronous `loadPlan` with both simulators loaded up front, for the examples picker. */
export async function preloadedPlanLoader(maxSteps: number): Promise<(file: string) => Plan> {
	const simulators: Record<Language, Simulator> = {javascript: await simulatorFor('javascript'), python: await simulatorFor('python')};
	return file => loadPlanWith(simulators[simulatedLanguage(file)], file, maxSteps);
}

function loadPlanWith(simulate: Simulator, file: string, maxSteps: number): Plan {
	let source: string;
	try {
		source = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
		throw new LoadFailure(`loopstep: cannot read ${file}: ${reason}`, 1);
	}
	try {
		const moduleType = languageOf(file) === 'javascript' ? nodeModuleType(file) : undefined;
		return simulate({file, source, moduleType}, {maxSteps});
	} catch (error) {
		if (error instanceof SourceError) throw new LoadFailure(formatSourceError(file, source, {...error, message: error.message}), 1);
		// A program nested thousands of levels deep can exhaust the host stack while being compiled.
		if (error instanceof RangeError && error.message.includes('call stack')) {
			throw new LoadFailure(`loopstep: cannot simulate ${file}: it is nested too deeply for loopstep's compiler`, 1);
		}
		throw error;
	}
}
