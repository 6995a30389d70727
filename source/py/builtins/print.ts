import {callMethod} from '../runtime/call.js';
import {typeError} from '../runtime/exception-types.js';
import type {Kwargs, PyValue} from '../runtime/py-object.js';
import {raise} from '../runtime/raise.js';
import {str} from '../runtime/repr.js';
import {typeOf} from '../runtime/type-of.js';
import type {Interpreter} from '../interpreter/interpreter.js';
import {StandardStream} from './standard-stream.js';

/** `print(*args, sep=' ', end='\n', file=sys.stdout, flush=False)`. */
export function printTo(interp: Interpreter, args: PyValue[], kwargs: Kwargs | null): void {
	const sep = kwargs?.get('sep') ?? null;
	const end = kwargs?.get('end') ?? null;
	if (sep !== null && typeof sep !== 'string') raise(typeError, `sep must be None or a string, not ${typeOf(sep).name}`);
	if (end !== null && typeof end !== 'string') raise(typeError, `end must be None or a string, not ${typeOf(end).name}`);
	let text = '';
	for (let index = 0; index < args.length; index++) {
		if (index > 0) text += sep ?? ' ';
		text += str(args[index]!);
	}
	text += end ?? '\n';
	const file = kwargs?.get('file') ?? null;
	if (file === null) interp.write('stdout', text, interp.line);
	else if (file instanceof StandardStream) interp.write(file.stream, text, interp.line);
	else callMethod(file, 'write', [text]);
}
