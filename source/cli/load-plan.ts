import {readFileSync, statSync} from 'node:fs';
import {formatCount, SourceError, type Language, type Plan} from '../plan/index.js';
import {formatSourceError} from './code-frame.js';
import {languageOf} from './language.js';
import {LoadFailure} from './load-failure.js';
import {nodeModuleType} from './node-module-type.js';
import {SimulationFailure, simulateInWorker} from './simulate-in-worker.js';
import {UsageError} from './usage-error.js';

function simulatedLanguage(file: string): Language {
	const language = languageOf(file);
	if (!language) throw new UsageError(`cannot simulate ${file}: loopstep runs .js, .mjs, .cjs and .py files`);
	return language;
}

/**
 * The largest program loopstep simulates. Teaching programs are a few kilobytes; a megabyte of
 * statements already takes seconds to compile and record, and ten take minutes and gigabytes.
 */
const maxProgramBytes = 1024 * 1024;

function readProgram(file: string): string {
	try {
		const size = statSync(file).size;
		if (size > maxProgramBytes) throw new LoadFailure(`loopstep: cannot simulate ${file}: it is ${formatKilobytes(size)}, and loopstep simulates programs of up to ${formatKilobytes(maxProgramBytes)}`, 1);
		return readFileSync(file, 'utf8');
	} catch (error) {
		if (error instanceof LoadFailure) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
		throw new LoadFailure(`loopstep: cannot read ${file}: ${reason}`, 1);
	}
}

/** Reads a program, picks its simulator and records its plan. */
export async function loadPlan(file: string, maxSteps: number): Promise<Plan> {
	const language = simulatedLanguage(file);
	const source = readProgram(file);
	const moduleType = language === 'javascript' ? nodeModuleType(file) : undefined;
	try {
		return await simulateInWorker({language, input: {file, source, moduleType}, options: {maxSteps}});
	} catch (error) {
		if (error instanceof SourceError) throw new LoadFailure(formatSourceError(file, source, {...error, message: error.message}), 1);
		if (error instanceof SimulationFailure && error.reason !== 'internal') throw new LoadFailure(`loopstep: cannot simulate ${file}: ${error.message}`, 1);
		throw error;
	}
}

function formatKilobytes(bytes: number): string {
	return `${formatCount(Math.ceil(bytes / 1024))} KB`;
}
