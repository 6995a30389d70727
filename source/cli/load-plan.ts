import {readFileSync} from 'node:fs';
import {simulateJavaScript} from '../js/index.js';
import {simulatePython} from '../py/index.js';
import {SourceError, type Plan} from '../plan/index.js';
import {formatSourceError} from './code-frame.js';
import {languageOf} from './language.js';
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

/** Reads a program, picks its simulator and records its plan. */
export function loadPlan(file: string, maxSteps: number): Plan {
	const language = languageOf(file);
	if (!language) throw new UsageError(`cannot simulate ${file}: loopstep runs .js, .mjs, .cjs and .py files`);
	let source: string;
	try {
		source = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
		throw new LoadFailure(`loopstep: cannot read ${file}: ${reason}`, 1);
	}
	const simulate = language === 'javascript' ? simulateJavaScript : simulatePython;
	try {
		return simulate({file, source}, {maxSteps});
	} catch (error) {
		if (error instanceof SourceError) throw new LoadFailure(formatSourceError(file, source, {...error, message: error.message}), 1);
		throw error;
	}
}
