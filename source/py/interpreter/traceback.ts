import type {PyExceptionObject} from '../runtime/py-instance.js';
import {PyList, PyTuple} from '../runtime/py-containers.js';
import {repr, str} from '../runtime/repr.js';
import {groupMembers, isGroup} from './exception-groups.js';
import type {Interpreter} from './interpreter.js';
import {caretLine} from './traceback-carets.js';

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

/** `format_exception_only`: the `Type: message` line, then the exception's notes (PEP 678), one line each. */
function exceptionOnly(exception: PyExceptionObject): string {
	let text = `${exceptionLine(exception)}\n`;
	const notes = exception.dict.get('__notes__');
	if (notes instanceof PyList || notes instanceof PyTuple) {
		for (const note of notes.items) {
			let shown: string;
			try {
				shown = str(note);
			} catch {
				shown = '<note str() failed>';
			}
			for (const line of shown.split('\n')) text += `${line}\n`;
		}
	} else if (notes !== undefined && notes !== null) {
		text += `${repr(notes)}\n`;
	}
	return text;
}

/** `traceback.TracebackException`'s defaults for exception groups. */
const maxGroupWidth = 15;
const maxGroupDepth = 10;

const causeMessage = '\nThe above exception was the direct cause of the following exception:\n\n';
const contextMessage = '\nDuring handling of the above exception, another exception occurred:\n\n';

/**
 * `traceback._ExceptionPrintContext`: inside an exception group every line gets a margin of
 * two spaces per level and `| ` (or `+ ` on the group's own first line).
 */
class PrintContext {
	groupDepth = 0;
	needClose = false;
	readonly seen = new Set<PyExceptionObject>();
	text = '';

	indent(): string {
		return ' '.repeat(2 * this.groupDepth);
	}

	emit(text: string, marginChar = '|'): void {
		let prefix = this.indent();
		if (this.groupDepth > 0) prefix += `${marginChar} `;
		// textwrap.indent(text, prefix, lambda line: True): every line, blank ones too.
		for (const line of text.split(/(?<=\n)/)) this.text += prefix + line;
	}
}

/** `traceback.print_exception` (Lib/traceback.py `TracebackException.format`): chains first, most recent call last, groups nested. */
export function formatTraceback(interp: Interpreter, exception: PyExceptionObject): string {
	const context = new PrintContext();
	formatChain(interp, exception, context);
	return context.text;
}

function formatChain(interp: Interpreter, exception: PyExceptionObject, context: PrintContext): void {
	// The constructor's walk: each exception is shown once, however it is reached.
	const chain: {message: string | undefined; exception: PyExceptionObject}[] = [];
	let current: PyExceptionObject | undefined = exception;
	context.seen.add(exception);
	while (current) {
		let next: PyExceptionObject | undefined;
		let message: string | undefined;
		if (current.cause) [next, message] = [current.cause, causeMessage];
		else if (current.context && !current.suppressContext) [next, message] = [current.context, contextMessage];
		if (next && context.seen.has(next)) next = undefined;
		chain.push({message: next ? message : undefined, exception: current});
		if (next) context.seen.add(next);
		current = next;
	}
	for (const {message, exception: link} of chain.reverse()) {
		if (message !== undefined) context.emit(message);
		formatOne(interp, link, context);
	}
}

function formatOne(interp: Interpreter, exception: PyExceptionObject, context: PrintContext): void {
	if (!isGroup(exception)) {
		if (exception.traceback.length > 0) {
			context.emit('Traceback (most recent call last):\n');
			context.emit(formatStack(interp, exception));
		}
		context.emit(exceptionOnly(exception));
		return;
	}
	if (context.groupDepth > maxGroupDepth) {
		context.emit(`... (max_group_depth is ${maxGroupDepth})\n`);
		return;
	}
	const isTopLevel = context.groupDepth === 0;
	if (isTopLevel) context.groupDepth += 1;
	if (exception.traceback.length > 0) {
		context.emit('Exception Group Traceback (most recent call last):\n', isTopLevel ? '+' : '|');
		context.emit(formatStack(interp, exception));
	}
	context.emit(exceptionOnly(exception));
	const members = groupMembers(exception);
	const shown = members.length <= maxGroupWidth ? members.length : maxGroupWidth + 1;
	context.needClose = false;
	for (let index = 0; index < shown; index++) {
		const last = index === shown - 1;
		if (last) context.needClose = true;
		const truncated = index >= maxGroupWidth;
		const title = truncated ? '...' : String(index + 1);
		context.text += `${context.indent()}${index === 0 ? '+-' : '  '}+---------------- ${title} ----------------\n`;
		context.groupDepth += 1;
		if (truncated) {
			const remaining = members.length - maxGroupWidth;
			context.emit(`and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
		} else {
			formatChain(interp, members[index]!, context);
		}
		if (last && context.needClose) {
			context.text += `${context.indent()}+------------------------------------\n`;
			context.needClose = false;
		}
		context.groupDepth -= 1;
	}
	if (isTopLevel) context.groupDepth = 0;
}

/** `StackSummary.format`: one `File …, line …, in …` entry per frame, its source line and carets. */
function formatStack(interp: Interpreter, exception: PyExceptionObject): string {
	let text = '';
	for (const entry of [...exception.traceback].reverse()) {
		text += `  File "${interp.fileName}", line ${entry.line}, in ${entry.name}\n`;
		const raw = interp.sourceLines[entry.line - 1];
		const source = raw?.trim();
		if (!source) continue;
		text += `    ${source}\n`;
		const carets = caretLine(raw!, entry);
		if (carets) text += `    ${carets}\n`;
	}
	return text;
}
