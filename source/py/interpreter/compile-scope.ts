import {SourceError} from '../../plan/index.js';
import type {ClassScope, FunctionScope, Located, NameLocation} from '../parse/ast.js';
import type {Interpreter} from './interpreter.js';

/** What the compiler knows while compiling one scope's code. */
export interface CompileScope {
	readonly interp: Interpreter;
	readonly scope: FunctionScope | ClassScope;
	/** `def` / `lambda` / comprehension / class / `<module>`. */
	readonly name: string;
	/** Dotted prefix for `__qualname__` of functions and classes defined here. */
	readonly qualname: string;
	/** Inside `async def`: `await`, `async for`, `async with` are allowed. */
	readonly isAsync: boolean;
	/** Inside a generator or coroutine body: code is compiled to suspendable generators. */
	readonly suspendable: boolean;
	/** The first parameter's location, for zero-argument `super()`. */
	readonly firstParameter: NameLocation | undefined;
}

export function locate(scope: CompileScope, name: string): NameLocation {
	return scope.scope.names.get(name) ?? (scope.scope.kind === 'class' ? {kind: 'classBody', cell: null} : {kind: 'global'});
}

export function compileError(node: Located, message: string): never {
	throw new SourceError('SyntaxError', message, node.line, node.col);
}
