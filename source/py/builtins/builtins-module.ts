import {builtinTypesByName} from '../runtime/builtin-types.js';
import {builtinExceptions} from '../runtime/exception-types.js';
import {ellipsis, notImplemented} from '../runtime/py-instance.js';
import type {PyValue} from '../runtime/py-object.js';
import type {Interpreter} from '../interpreter/interpreter.js';
import {builtinFunctions} from './builtin-functions.js';
import {installConstructors} from './type-constructors.js';
import './dict-methods.js';
import './list-methods.js';
import './object-methods.js';
import './bytes-methods.js';
import './str-methods.js';

let installed = false;

/** Fills `interp.builtins`: functions, classes, exceptions and constants (the `builtins` module). */
export function installBuiltins(interp: Interpreter): void {
	if (!installed) {
		installConstructors();
		installed = true;
	}
	const builtins = interp.builtins;
	for (const [name, value] of builtinFunctions(interp)) builtins.set(name, value);
	for (const [name, type] of builtinTypesByName) builtins.set(name, type);
	for (const type of builtinExceptions) builtins.set(type.name, type);
	const constants: [string, PyValue][] = [
		['None', null],
		['True', true],
		['False', false],
		['NotImplemented', notImplemented],
		['Ellipsis', ellipsis],
		['__name__', '__main__'],
	];
	for (const [name, value] of constants) builtins.set(name, value);
}
