import {objectType} from '../runtime/builtin-types.js';
import {PyObject} from '../runtime/py-object.js';
import {PyType} from '../runtime/py-type.js';
import {defineMethods} from './define.js';
import type {Interpreter} from '../interpreter/interpreter.js';
import {typeError} from '../runtime/exception-types.js';
import {raise} from '../runtime/raise.js';
import {typeOf} from '../runtime/type-of.js';

export const textIOType = new PyType('TextIOWrapper', [objectType], true);
textIOType.module = '_io';

/** `sys.stdout` / `sys.stderr`: writes go to the plan's console. */
export class StandardStream extends PyObject {
	constructor(
		readonly stream: 'stdout' | 'stderr',
		readonly interp: Interpreter,
	) {
		super();
	}

	get cls(): PyType {
		return textIOType;
	}

	describe(): string {
		return `<_io.TextIOWrapper name='<${this.stream}>' mode='w' encoding='utf-8'>`;
	}
}

defineMethods(textIOType, {
	write: (self, args) => {
		const text = args[0];
		if (typeof text !== 'string') raise(typeError, `write() argument must be str, not ${typeOf(text ?? null).name}`);
		const stream = self as StandardStream;
		stream.interp.write(stream.stream, text, stream.interp.line);
		return text.length;
	},
	flush: () => null,
	isatty: () => false,
});
