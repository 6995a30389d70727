import type {ExceptHandler, Stmt, WithItem} from '../parse/ast.js';
import {inplaceOp} from '../runtime/arithmetic.js';
import {getAttr, setAttr} from '../runtime/attributes.js';
import {callObject} from '../runtime/call.js';
import {assertionError, typeError} from '../runtime/exception-types.js';
import {getIterator} from '../runtime/iteration.js';
import {PyExceptionObject} from '../runtime/py-instance.js';
import {PyDict} from '../runtime/py-containers.js';
import {newException, raise} from '../runtime/raise.js';
import {getItem, setItem} from '../runtime/subscript.js';
import {truthy} from '../runtime/truthiness.js';
import {typeOf} from '../runtime/type-of.js';
import {compileExpr, compileLoad, type Eval} from './compile-expression.js';
import {compileClassDef, compileFunctionDef} from './compile-function.js';
import {compileImport} from './compile-import.js';
import {compileError, type CompileScope} from './compile-scope.js';
import {compileDelete, compileStore} from './compile-targets.js';
import {doRaise, exceptionMatches} from './exceptions-flow.js';
import {Completion, type Frame} from './frame.js';
import {statementNarration} from './narration.js';
import {PyGenerator} from './generators.js';
import {splitForClauses} from './exception-groups.js';
import {addTracebackEntry, markSpan} from './function-code.js';

export type Exec = (f: Frame) => number;

/** Records the statement step and moves the frame's line (the highlighted line). */
export function statementEntry(statement: Stmt, scope: CompileScope): (f: Frame) => void {
	const recorder = scope.interp.recorder;
	const narration = recorder.intern(statementNarration(statement));
	const {line, col} = statement;
	return f => {
		f.line = line;
		recorder.step('statement', line, col, narration);
	};
}

export function compileBlock(statements: readonly Stmt[], scope: CompileScope): Exec {
	const execs = statements.map(statement => compileStatement(statement, scope));
	const count = execs.length;
	if (count === 0) return () => Completion.Normal;
	if (count === 1) return execs[0]!;
	return f => {
		for (let index = 0; index < count; index++) {
			const completion = execs[index]!(f);
			if (completion !== Completion.Normal) return completion;
		}
		return Completion.Normal;
	};
}

export function compileStatement(statement: Stmt, scope: CompileScope): Exec {
	const enter = statementEntry(statement, scope);
	switch (statement.kind) {
		case 'expr': {
			const value = compileExpr(statement.value, scope);
			return f => {
				enter(f);
				value(f);
				return Completion.Normal;
			};
		}
		case 'assign': {
			const value = compileExpr(statement.value, scope);
			const stores = statement.targets.map(target => compileStore(target, scope));
			if (stores.length === 1) {
				const [store] = stores as [ReturnType<typeof compileStore>];
				return f => {
					enter(f);
					store(f, value(f));
					return Completion.Normal;
				};
			}
			return f => {
				enter(f);
				const result = value(f);
				for (const store of stores) store(f, result);
				return Completion.Normal;
			};
		}
		case 'augAssign': {
			const update = compileAugmented(statement, scope, compileExpr(statement.value, scope));
			return f => {
				enter(f);
				update(f);
				return Completion.Normal;
			};
		}
		case 'annAssign': {
			const record = annotationRecorder(statement, scope);
			if (!statement.value) return f => {
				enter(f);
				record(f);
				return Completion.Normal;
			};
			const value = compileExpr(statement.value, scope);
			const store = compileStore(statement.target, scope);
			return f => {
				enter(f);
				store(f, value(f));
				record(f);
				return Completion.Normal;
			};
		}
		case 'if': {
			const test = compileExpr(statement.test, scope);
			const body = compileBlock(statement.body, scope);
			const orelse = compileBlock(statement.orelse, scope);
			const hasElse = statement.orelse.length > 0;
			return f => {
				enter(f);
				if (truthy(test(f))) return body(f);
				return hasElse ? orelse(f) : Completion.Normal;
			};
		}
		case 'while': {
			const test = compileExpr(statement.test, scope);
			const body = compileBlock(statement.body, scope);
			const orelse = compileBlock(statement.orelse, scope);
			return f => {
				for (;;) {
					enter(f);
					if (!truthy(test(f))) break;
					const completion = body(f);
					if (completion === Completion.Break) return Completion.Normal;
					if (completion === Completion.Return) return completion;
				}
				return orelse(f);
			};
		}
		case 'for': {
			if (statement.isAsync) return compileAsyncOnly(statement, 'async for');
			const iterable = compileExpr(statement.iter, scope);
			const store = compileStore(statement.target, scope);
			const body = compileBlock(statement.body, scope);
			const orelse = compileBlock(statement.orelse, scope);
			const temporary = statement.iter.kind === 'call';
			return f => {
				enter(f);
				const iterator = getIterator(iterable(f));
				let first = true;
				let finished = false;
				try {
					for (;;) {
						if (!first) enter(f);
						first = false;
						const item = iterator.nextValue();
						if (item === undefined) break;
						store(f, item);
						const completion = body(f);
						if (completion === Completion.Break) return Completion.Normal;
						if (completion === Completion.Return) return completion;
					}
					finished = true;
				} finally {
					if (!finished && temporary) closeTemporary(iterator);
				}
				return orelse(f);
			};
		}
		case 'def': {
			const make = compileFunctionDef(statement, scope);
			const store = compileStore({kind: 'name', id: statement.name, line: statement.line, col: statement.col}, scope);
			return f => {
				enter(f);
				store(f, make(f));
				return Completion.Normal;
			};
		}
		case 'class': {
			const make = compileClassDef(statement, scope);
			const store = compileStore({kind: 'name', id: statement.name, line: statement.line, col: statement.col}, scope);
			return f => {
				enter(f);
				store(f, make(f));
				return Completion.Normal;
			};
		}
		case 'return': {
			const value: Eval = statement.value ? compileExpr(statement.value, scope) : () => null;
			return f => {
				enter(f);
				f.returnValue = value(f);
				return Completion.Return;
			};
		}
		case 'pass':
			return f => {
				enter(f);
				return Completion.Normal;
			};
		case 'break':
			return f => {
				enter(f);
				return Completion.Break;
			};
		case 'continue':
			return f => {
				enter(f);
				return Completion.Continue;
			};
		case 'raise': {
			const exc = statement.exc ? compileExpr(statement.exc, scope) : null;
			const cause = statement.cause ? compileExpr(statement.cause, scope) : null;
			const interp = scope.interp;
			return f => {
				enter(f);
				const value = exc ? exc(f) : undefined;
				try {
					return doRaise(interp, value, cause ? cause(f) : undefined);
				} catch (error) {
					// CPython places a raise at the whole statement (carets only when it shares its line).
					throw value === undefined ? error : markSpan(error, f, statement);
				}
			};
		}
		case 'try':
			return compileTry(statement, scope, enter);
		case 'with':
			if (statement.isAsync) return compileAsyncOnly(statement, 'async with');
			return compileWith(statement.items, compileBlock(statement.body, scope), scope, enter, statement.line);
		case 'global':
		case 'nonlocal':
			return () => Completion.Normal;
		case 'import':
		case 'importFrom': {
			const run = compileImport(statement, scope);
			return f => {
				enter(f);
				run(f);
				return Completion.Normal;
			};
		}
		case 'assert': {
			const test = compileExpr(statement.test, scope);
			const message = statement.msg ? compileExpr(statement.msg, scope) : null;
			return f => {
				enter(f);
				if (!truthy(test(f))) throw markSpan(message ? newException(assertionError, message(f)) : newException(assertionError), f, statement.test);
				return Completion.Normal;
			};
		}
		case 'delete': {
			const deletes = statement.targets.map(target => compileDelete(target, scope));
			return f => {
				enter(f);
				for (const remove of deletes) remove(f);
				return Completion.Normal;
			};
		}
	}
}

function compileAsyncOnly(statement: Stmt, what: string): Exec {
	return compileError(statement, `'${what}' outside async function`);
}

/** Records `x: int` in a class body's `__annotations__` (dataclasses read the field order from it). */
export function annotationRecorder(statement: Extract<Stmt, {kind: 'annAssign'}>, scope: CompileScope): (f: Frame) => void {
	if (scope.scope.kind !== 'class' || statement.target.kind !== 'name') return () => undefined;
	const name = statement.target.id;
	const annotationText = statement.annotation.kind === 'name' ? statement.annotation.id : 'object';
	return f => {
		const namespace = f.namespace!;
		let annotations = namespace.get('__annotations__');
		if (!annotations) {
			annotations = new PyDict();
			namespace.set('__annotations__', annotations);
		}
		setItem(annotations, name, annotationText);
	};
}


/** `target op= value`, evaluating the target's object and index once. */
export function compileAugmented(statement: Extract<Stmt, {kind: 'augAssign'}>, scope: CompileScope, value: Eval): (f: Frame) => void {
	const op = statement.op;
	const target = statement.target;
	switch (target.kind) {
		case 'name': {
			const load = compileLoad(target, scope);
			const store = compileStore(target, scope);
			return f => store(f, inplaceOp(op, load(f), value(f)));
		}
		case 'attribute': {
			const object = compileExpr(target.object, scope);
			const name = target.name;
			return f => {
				const obj = object(f);
				setAttr(obj, name, inplaceOp(op, getAttr(obj, name), value(f)));
			};
		}
		case 'subscript': {
			const object = compileExpr(target.object, scope);
			const index = compileExpr(target.index, scope);
			return f => {
				const obj = object(f);
				const key = index(f);
				setItem(obj, key, inplaceOp(op, getItem(obj, key), value(f)));
			};
		}
		default:
			return () => raise(typeError, "'expression' is an illegal expression for augmented assignment");
	}
}

/** One compiled `except` clause: does it match, bind/unbind its name, record its step. */
export interface HandlerClause {
	matches(f: Frame, exception: PyExceptionObject): boolean;
	bind(f: Frame, exception: PyExceptionObject): void;
	/** `except E as e` deletes `e` when the clause ends. */
	unbind(f: Frame): void;
}

export function compileHandlerClauses(handlers: readonly ExceptHandler[], scope: CompileScope): HandlerClause[] {
	return handlers.map(handler => {
		const type = handler.type ? compileExpr(handler.type, scope) : null;
		const store = handler.name ? compileStore({kind: 'name', id: handler.name, line: handler.line, col: handler.col}, scope) : null;
		const remove = handler.name ? compileDelete({kind: 'name', id: handler.name, line: handler.line, col: handler.col}, scope) : null;
		const enter = statementEntry({kind: 'pass', line: handler.line, col: handler.col}, scope);
		return {
			matches: (f, exception) => !type || exceptionMatches(exception, type(f)),
			bind: (f, exception) => {
				enter(f);
				if (store) store(f, exception);
			},
			unbind: f => {
				if (!remove) return;
				try {
					remove(f);
				} catch {
					// The handler body may have deleted the name itself.
				}
			},
		};
	});
}

/** `except*` clauses: each runs with its part of the group; the unmatched rest is raised again. */
function compileStarHandlers(handlers: readonly ExceptHandler[], scope: CompileScope): (f: Frame, exception: PyExceptionObject) => number {
	const clauses = compileHandlerClauses(handlers, scope);
	const bodies = handlers.map(handler => compileBlock(handler.body, scope));
	const interp = scope.interp;
	return (f, exception) => {
		const {matched, rest} = splitForClauses(f, exception, clauses);
		for (let index = 0; index < clauses.length; index++) {
			const group = matched[index];
			if (!group) continue;
			clauses[index]!.bind(f, group);
			interp.handling.push(group);
			try {
				const completion = bodies[index]!(f);
				if (completion !== Completion.Normal) return completion;
			} finally {
				interp.handling.pop();
				clauses[index]!.unbind(f);
			}
		}
		if (rest) throw rest;
		return Completion.Normal;
	};
}

/** Runs the first matching `except` clause; undefined when none matches. */
function compileHandlers(handlers: readonly ExceptHandler[], scope: CompileScope): (f: Frame, exception: PyExceptionObject) => number | undefined {
	if (handlers.some(handler => handler.star)) return compileStarHandlers(handlers, scope);
	const clauses = compileHandlerClauses(handlers, scope);
	const bodies = handlers.map(handler => compileBlock(handler.body, scope));
	const interp = scope.interp;
	return (f, exception) => {
		for (let index = 0; index < clauses.length; index++) {
			const clause = clauses[index]!;
			if (!clause.matches(f, exception)) continue;
			clause.bind(f, exception);
			interp.handling.push(exception);
			try {
				return bodies[index]!(f);
			} catch (error) {
				if (error instanceof PyExceptionObject && error !== exception && error.context === null) error.context = exception;
				throw error;
			} finally {
				interp.handling.pop();
				clause.unbind(f);
			}
		}
		return undefined;
	};
}

function compileTry(statement: Extract<Stmt, {kind: 'try'}>, scope: CompileScope, enter: (f: Frame) => void): Exec {
	const body = compileBlock(statement.body, scope);
	const handle = compileHandlers(statement.handlers, scope);
	const orelse = compileBlock(statement.orelse, scope);
	const hasHandlers = statement.handlers.length > 0;
	const finalbody = statement.finalbody.length > 0 ? compileBlock(statement.finalbody, scope) : null;
	const tryPart = (f: Frame): number => {
		let completion: number;
		try {
			completion = body(f);
		} catch (error) {
			if (!hasHandlers || !(error instanceof PyExceptionObject)) throw error;
			addTracebackEntry(error, f);
			const handled = handle(f, error);
			if (handled === undefined) throw error;
			return handled;
		}
		if (completion !== Completion.Normal) return completion;
		return orelse(f);
	};
	if (!finalbody) {
		return f => {
			enter(f);
			return tryPart(f);
		};
	}
	return f => {
		enter(f);
		let completion: number;
		try {
			completion = tryPart(f);
		} catch (error) {
			if (!(error instanceof PyExceptionObject)) throw error;
			addTracebackEntry(error, f);
			const returnValue = f.returnValue;
			const finalCompletion = runFinally(finalbody, f, error);
			if (finalCompletion !== Completion.Normal) return finalCompletion;
			f.returnValue = returnValue;
			throw error;
		}
		const returnValue = f.returnValue;
		const finalCompletion = finalbody(f);
		if (finalCompletion !== Completion.Normal) return finalCompletion;
		f.returnValue = returnValue;
		return completion;
	};
}

function runFinally(finalbody: Exec, f: Frame, pending: PyExceptionObject): number {
	try {
		return finalbody(f);
	} catch (error) {
		if (error instanceof PyExceptionObject && error !== pending && error.context === null) error.context = pending;
		throw error;
	}
}

/** `with a as x, b as y:` nests like CPython: each manager's `__exit__` sees the inner exception. */
function compileWith(items: readonly WithItem[], body: Exec, scope: CompileScope, enter: (f: Frame) => void, withLine: number): Exec {
	let inner = body;
	for (let index = items.length - 1; index >= 0; index--) inner = compileWithItem(items[index]!, inner, scope, withLine);
	return f => {
		enter(f);
		return inner(f);
	};
}

function compileWithItem(item: WithItem, body: Exec, scope: CompileScope, withLine: number): Exec {
	const context = compileExpr(item.context, scope);
	const store = item.target ? compileStore(item.target, scope) : null;
	return f => {
		const manager = context(f);
		const type = typeOf(manager);
		const enterMethod = type.lookup('__enter__');
		const exitMethod = type.lookup('__exit__');
		if (enterMethod === undefined || exitMethod === undefined) raise(typeError, `'${type.name}' object does not support the context manager protocol`);
		const value = callObject(enterMethod, [manager]);
		if (store) store(f, value);
		let completion: number;
		try {
			completion = body(f);
		} catch (error) {
			if (!(error instanceof PyExceptionObject)) throw error;
			addTracebackEntry(error, f);
			// CPython runs `__exit__` at the `with` statement's line.
			f.line = withLine;
			const suppress = callObject(exitMethod, [manager, error.type, error, null]);
			if (truthy(suppress)) return Completion.Normal;
			throw error;
		}
		f.line = withLine;
		callObject(exitMethod, [manager, null, null, null]);
		return completion;
	};
}

/**
 * A generator made just for a loop (`for x in gen():`) is garbage as soon as the loop is left, and
 * CPython's reference counting closes it at once: its `finally` blocks run there.
 */
export function closeTemporary(iterator: unknown): void {
	if (iterator instanceof PyGenerator && iterator.core.state === 'suspended') iterator.core.close();
}
