import type {CallExpr} from '../parse/ast.js';
import {runtimeError} from '../runtime/exception-types.js';
import {PySuper} from '../runtime/py-instance.js';
import type {PyValue} from '../runtime/py-object.js';
import {PyType} from '../runtime/py-type.js';
import {raise} from '../runtime/raise.js';
import {typeOf} from '../runtime/type-of.js';
import {compileError, locate, type CompileScope} from './compile-scope.js';
import type {Eval} from './compile-expression.js';
import type {Frame} from './frame.js';

/** Zero-argument `super()`: the `__class__` cell and the first argument of the enclosing method. */
export function makeSuper(expr: CallExpr, scope: CompileScope): Eval {
	const classLocation = locate(scope, '__class__');
	const first = scope.firstParameter;
	if (classLocation.kind !== 'cell' || !first) return compileError(expr, 'super(): no arguments');
	const classIndex = classLocation.index;
	const readFirst = (f: Frame): PyValue | undefined => (first.kind === 'fast' ? f.locals[first.index] : first.kind === 'cell' ? f.cells[first.index]!.value : undefined);
	return f => {
		const cls = f.cells[classIndex]!.value;
		const obj = readFirst(f);
		if (!(cls instanceof PyType)) return raise(runtimeError, 'super(): __class__ cell not found');
		if (obj === undefined) return raise(runtimeError, 'super(): no arguments');
		return new PySuper(cls, obj, obj instanceof PyType && obj.isSubtypeOf(cls) ? obj : typeOf(obj));
	};
}
