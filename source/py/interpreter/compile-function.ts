import type {ClassDefStmt, Expr, FunctionDefStmt, FunctionScope, LambdaExpr, Stmt} from '../parse/ast.js';
import {objectType} from '../runtime/builtin-types.js';
import {callObject} from '../runtime/call.js';
import {typeError} from '../runtime/exception-types.js';
import {PyFunction} from '../runtime/py-callables.js';
import {Cell, type PyValue} from '../runtime/py-object.js';
import {PyType} from '../runtime/py-type.js';
import {raise} from '../runtime/raise.js';
import {ParameterLayout} from './bind-arguments.js';
import {compileArguments, compileExpr, type Eval} from './compile-expression.js';
import {locate, type CompileScope} from './compile-scope.js';
import {compileBlock} from './compile-statement.js';
import {compileSuspendingBlock} from './compile-suspending.js';
import {Frame} from './frame.js';
import {UserFunctionCode} from './function-code.js';

/** The scope a function body is compiled in. */
function bodyScope(parent: CompileScope, scope: FunctionScope, name: string, isAsync: boolean, first: string | undefined): CompileScope {
	const inner: CompileScope = {
		interp: parent.interp,
		scope,
		name,
		qualname: `${parent.qualname}${name}.<locals>.`,
		isAsync,
		suspendable: isAsync || scope.isGenerator,
		firstParameter: undefined,
	};
	return {...inner, firstParameter: first === undefined ? undefined : locate(inner, first)};
}

function qualnameIn(parent: CompileScope, name: string): string {
	return `${parent.qualname}${name}`;
}

/** Evaluates defaults and captures the closure: what running `def`/`lambda` does. */
function functionMaker(node: FunctionDefStmt | LambdaExpr, parent: CompileScope, name: string, body: readonly Stmt[] | Expr, isAsync: boolean): Eval {
	const scope = node.scope!;
	const params = node.params;
	const firstName = [...params.positionalOnly, ...params.positional][0]?.name;
	const inner = bodyScope(parent, scope, name, isAsync, firstName);
	const layout = new ParameterLayout(name, params, parameter => locate(inner, parameter));
	const kind = isAsync ? (scope.isGenerator ? 'asyncGenerator' : 'coroutine') : scope.isGenerator ? 'generator' : 'function';
	const statements: readonly Stmt[] = Array.isArray(body) ? body : [{kind: 'return', value: body as Expr, line: node.line, col: node.col}];
	const code = new UserFunctionCode(parent.interp, name, node.line, kind, scope, layout, inner.suspendable ? null : compileBlock(statements, inner), inner.suspendable ? compileSuspendingBlock(statements, inner) : null, Array.isArray(body));
	const positional = [...params.positionalOnly, ...params.positional];
	const defaultEvals = positional.filter(param => param.default !== null).map(param => compileExpr(param.default!, parent));
	const keywordDefaults = params.keywordOnly.filter(param => param.default !== null).map(param => [param.name, compileExpr(param.default!, parent)] as const);
	const parentCells = parent.scope.cellIndex;
	const closureIndexes = scope.freeNames.map(free => parentCells.get(free)!);
	const qualname = qualnameIn(parent, name);
	const first = Array.isArray(body) ? (body as readonly Stmt[])[0] : undefined;
	const doc = first?.kind === 'expr' && first.value.kind === 'const' && first.value.value.type === 'str' ? first.value.value.value : null;
	return f => {
		const defaults = defaultEvals.map(value => value(f));
		const kwDefaults = new Map(keywordDefaults.map(([key, value]) => [key, value(f)]));
		const closure = closureIndexes.map(index => f.cells[index]!);
		const fn = new PyFunction(code, f.globals, defaults, kwDefaults, closure, qualname);
		if (doc !== null) fn.dict = new Map([['__doc__', doc]]);
		return fn;
	};
}

export function compileLambda(expr: LambdaExpr, scope: CompileScope): Eval {
	return functionMaker(expr, scope, '<lambda>', expr.body, false);
}

/** `def`: make the function, apply decorators bottom-up, bind the name. */
export function compileFunctionDef(statement: FunctionDefStmt, scope: CompileScope): Eval {
	const make = functionMaker(statement, scope, statement.name, statement.body, statement.isAsync);
	const decorators = statement.decorators.map(decorator => compileExpr(decorator, scope));
	if (decorators.length === 0) return make;
	return f => {
		const evaluated = decorators.map(decorator => decorator(f));
		let value = make(f);
		for (let index = evaluated.length - 1; index >= 0; index--) value = callObject(evaluated[index]!, [value]);
		return value;
	};
}

/** `class`: run the body in a fresh namespace, then build the type (`__build_class__`). */
export function compileClassDef(statement: ClassDefStmt, parent: CompileScope): Eval {
	const scope = statement.scope!;
	const inner: CompileScope = {
		interp: parent.interp,
		scope,
		name: statement.name,
		qualname: `${parent.qualname}${statement.name}.`,
		isAsync: false,
		suspendable: false,
		firstParameter: undefined,
	};
	const body = compileBlock(statement.body, inner);
	const bases = compileArguments(statement.bases, parent);
	const decorators = statement.decorators.map(decorator => compileExpr(decorator, parent));
	const parentCells = parent.scope.cellIndex;
	const closureIndexes = scope.freeNames.map(free => parentCells.get(free)!);
	const classCell = scope.cellIndex.get('__class__');
	const name = statement.name;
	const qualname = qualnameIn(parent, name);
	const interp = parent.interp;
	return f => {
		const evaluatedDecorators = decorators.map(decorator => decorator(f));
		const {args: baseValues, kwargs} = bases(f);
		for (const base of baseValues) if (!(base instanceof PyType)) raise(typeError, 'bases must be types');
		const namespace = new Map<string, PyValue>([
			['__module__', '__main__'],
			['__qualname__', qualname],
		]);
		const cells = [...scope.cellNames.map(() => new Cell(undefined)), ...closureIndexes.map(index => f.cells[index]!)];
		const frame = new Frame(name, [], cells, f.globals, namespace, null);
		frame.line = statement.line;
		const saved = interp.frame;
		interp.frame = frame;
		try {
			body(frame);
		} finally {
			interp.frame = saved;
		}
		let cls: PyValue = buildClass(name, qualname, baseValues as PyType[], namespace);
		const meta = kwargs?.get('metaclass');
		if (meta instanceof PyType && !meta.builtin) (cls as PyType).meta = meta;
		if (classCell !== undefined) cells[classCell]!.value = cls;
		for (let index = evaluatedDecorators.length - 1; index >= 0; index--) cls = callObject(evaluatedDecorators[index]!, [cls]);
		return cls;
	};
}

export function buildClass(name: string, qualname: string, bases: PyType[], namespace: Map<string, PyValue>): PyType {
	let cls: PyType;
	try {
		cls = new PyType(name, bases.length > 0 ? bases : [objectType], false);
	} catch (error) {
		return raise(typeError, error instanceof Error ? error.message : String(error));
	}
	cls.module = '__main__';
	cls.qualname = qualname;
	for (const [key, value] of namespace) if (key !== '__qualname__') cls.dict.set(key, value);
	const initSubclass = bases[0]?.lookup('__init_subclass__');
	if (initSubclass instanceof PyFunction) callObject(initSubclass, [cls]);
	return cls;
}
