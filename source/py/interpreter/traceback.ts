import type {PyExceptionObject} from '../runtime/py-instance.js';
import {str} from '../runtime/repr.js';
import type {Interpreter} from './interpreter.js';

/** `Type: message` as the last line of a traceback shows it. */
export function exceptionLine(exception: PyExceptionObject): string {
	const type = exception.type;
	const name = type.module === 'builtins' || type.module === '__main__' ? type.qualname : `${type.module}.${type.qualname}`;
	let message: string;
	try {
		message = str(exception);
	} catch {
		message = '<exception str() failed>';
	}
	return message === '' ? name : `${name}: ${message}`;
}

/** `traceback.print_exception`: chained causes and contexts first, most recent call last. */
export function formatTraceback(interp: Interpreter, exception: PyExceptionObject, seen = new Set<PyExceptionObject>()): string {
	seen.add(exception);
	let text = '';
	if (exception.cause && !seen.has(exception.cause)) {
		text += formatTraceback(interp, exception.cause, seen);
		text += '\nThe above exception was the direct cause of the following exception:\n\n';
	} else if (exception.context && !exception.suppressContext && !seen.has(exception.context)) {
		text += formatTraceback(interp, exception.context, seen);
		text += '\nDuring handling of the above exception, another exception occurred:\n\n';
	}
	if (exception.traceback.length > 0) {
		text += 'Traceback (most recent call last):\n';
		const entries = [...exception.traceback].reverse();
		for (const entry of entries) {
			text += `  File "${interp.fileName}", line ${entry.line}, in ${entry.name}\n`;
			const source = interp.sourceLines[entry.line - 1]?.trim();
			if (source) text += `    ${source}\n`;
		}
	}
	return `${text}${exceptionLine(exception)}\n`;
}
