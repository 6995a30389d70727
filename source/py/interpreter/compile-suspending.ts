import type {ComprehensionExpr, Expr, Stmt, WithItem} from '../parse/ast.js';
import {comprehensionFrame} from './compile-comprehension.js';
import {splitForClauses} from './exception-groups.js';
import {dictSet, setFrom} from '../runtime/dict-ops.js';
import {binaryOp, inplaceOp, unaryOp} from '../runtime/arithmetic.js';
import {getAttr} from '../runtime/attributes.js';
import {callMethod, callObject} from '../runtime/call.js';
import {stopAsyncIteration, typeError} from '../runtime/exception-types.js';
import {formatValue} from '../runtime/format-spec.js';
import {getIterator, toArray} from '../runtime/iteration.js';
import {PyDict, PyList, PyTuple} from '../runtime/py-containers.js';
import {PyExceptionObject} from '../runtime/py-instance.js';
import type {PyValue} from '../runtime/py-object.js';
import {raise} from '../runtime/raise.js';
import {repr, str} from '../runtime/repr.js';
import {getItem} from '../runtime/subscript.js';
import {truthy} from '../runtime/truthiness.js';
import {typeOf} from '../runtime/type-of.js';
import {awaitValue, yieldFrom} from './await.js';
import {collectArguments, compareValues, compileExpr} from './compile-expression.js';
import {compileError, type CompileScope} from './compile-scope.js';
import {annotationRecorder, compileHandlerClauses, compileStatement, statementEntry} from './compile-statement.js';
import {compileStore} from './compile-targets.js';
import {doRaise} from './exceptions-flow.js';
import {Completion, type Frame} from './frame.js';
import {AsyncGenYield, type BodyGenerator} from './generators.js';
import {exprSuspends, statementSuspends} from './suspends.js';
import {addTracebackEntry, markSpan} from './function-code.js';

/** A suspendable evaluation: yields what the body yields, returns the value. */
export type GenEval = (f: Frame) => Generator<PyValue, PyValue, PyValue>;
type GenExec = (f: Frame) => BodyGenerator;

/**
 * The bodies of generators and coroutines compile to JS generator functions, so `yield` and
 * `await` can suspend them; only statements and expressions that can suspend pay for it, the rest
 * reuse the ordinary closures.
 */
export function compileSuspendingBlock(statements: readonly Stmt[], scope: CompileScope): GenExec {
	const parts = statements.map(statement => (statementSuspends(statement) ? {sync: null, gen: compileSuspendingStatement(statement, scope)} : {sync: compileStatement(statement, scope), gen: null}));
	return function* (f) {
		for (const part of parts) {
			const completion = part.sync ? part.sync(f) : yield* part.gen!(f);
			if (completion !== Completion.Normal) return completion;
		}
		return Completion.Normal;
	};
}

/** The expressions whose failure CPython locates at themselves (the carets of a traceback). */
const spannedKinds = new Set<Expr['kind']>(['await', 'binop', 'unary', 'compare', 'call', 'attribute', 'subscript']);

function genExpr(expr: Expr, scope: CompileScope): GenEval {
	if (!exprSuspends(expr)) {
		const sync = compileExpr(expr, scope);
		// eslint-disable-next-line require-yield -- a suspension-free part inside a suspendable expression
		return function* (f) {
			return sync(f);
		};
	}
	const evaluate = suspendingExpr(expr, scope);
	if (!spannedKinds.has(expr.kind)) return evaluate;
	return function* (f) {
		try {
			return yield* evaluate(f);
		} catch (error) {
			throw markSpan(error, f, expr);
		}
	};
}

function suspendingExpr(expr: Expr, scope: CompileScope): GenEval {
	const interp = scope.interp;
	switch (expr.kind) {
		case 'await': {
			if (!scope.isAsync) return compileError(expr, "'await' outside async function");
			const value = genExpr(expr.value, scope);
			return function* (f) {
				return yield* awaitValue(interp, yield* value(f));
			};
		}
		case 'yield': {
			const value = expr.value ? genExpr(expr.value, scope) : null;
			if (scope.isAsync) {
				return function* (f) {
					return yield new AsyncGenYield(value ? yield* value(f) : null);
				};
			}
			return function* (f) {
				return yield value ? yield* value(f) : null;
			};
		}
		case 'yieldFrom': {
			if (scope.isAsync) return compileError(expr, "'yield from' inside async function");
			const value = genExpr(expr.value, scope);
			return function* (f) {
				return yield* yieldFrom(yield* value(f));
			};
		}
		case 'binop': {
			const left = genExpr(expr.left, scope);
			const right = genExpr(expr.right, scope);
			const op = expr.op;
			return function* (f) {
				const a = yield* left(f);
				return binaryOp(op, a, yield* right(f));
			};
		}
		case 'unary': {
			const operand = genExpr(expr.operand, scope);
			const op = expr.op;
			return function* (f) {
				const value = yield* operand(f);
				return op === 'not' ? !truthy(value) : unaryOp(op, value);
			};
		}
		case 'boolop': {
			const left = genExpr(expr.left, scope);
			const right = genExpr(expr.right, scope);
			const isAnd = expr.op === 'and';
			return function* (f) {
				const value = yield* left(f);
				if (truthy(value) === isAnd) return yield* right(f);
				return value;
			};
		}
		case 'compare': {
			const left = genExpr(expr.left, scope);
			const comparators = expr.comparators.map(comparator => genExpr(comparator, scope));
			const ops = expr.ops;
			return function* (f) {
				let current = yield* left(f);
				for (let index = 0; index < ops.length; index++) {
					const next = yield* comparators[index]!(f);
					if (!compareValues(ops[index]!, current, next)) return false;
					current = next;
				}
				return true;
			};
		}
		case 'call': {
			const args = expr.args.map(arg => ({kind: arg.kind, name: arg.kind === 'keyword' ? arg.name : '', value: genExpr(arg.value, scope)}));
			if (expr.func.kind === 'attribute') {
				const object = genExpr(expr.func.object, scope);
				const name = expr.func.name;
				return function* (f) {
					const target = yield* object(f);
					const values: PyValue[] = [];
					for (const arg of args) values.push(yield* arg.value(f));
					const evaluated = collectArguments(args.map((arg, index) => ({...arg, value: values[index]!})), f, value => value);
					return callMethod(target, name, evaluated.args, evaluated.kwargs);
				};
			}
			const func = genExpr(expr.func, scope);
			return function* (f) {
				const callee = yield* func(f);
				const values: PyValue[] = [];
				for (const arg of args) values.push(yield* arg.value(f));
				const evaluated = collectArguments(args.map((arg, index) => ({...arg, value: values[index]!})), f, value => value);
				return callObject(callee, evaluated.args, evaluated.kwargs);
			};
		}
		case 'attribute': {
			const object = genExpr(expr.object, scope);
			const name = expr.name;
			return function* (f) {
				return getAttr(yield* object(f), name);
			};
		}
		case 'subscript': {
			const object = genExpr(expr.object, scope);
			const index = genExpr(expr.index, scope);
			return function* (f) {
				const target = yield* object(f);
				return getItem(target, yield* index(f));
			};
		}
		case 'list':
		case 'tuple': {
			const items = expr.elts.map(element => ({star: element.kind === 'starred', value: genExpr(element.kind === 'starred' ? element.value : element, scope)}));
			const isList = expr.kind === 'list';
			return function* (f) {
				const values: PyValue[] = [];
				for (const item of items) {
					const value = yield* item.value(f);
					if (item.star) values.push(...toArray(value));
					else values.push(value);
				}
				return isList ? new PyList(values) : new PyTuple(values);
			};
		}
		case 'fstring': {
			const parts = expr.parts.map(part => (typeof part === 'string' ? part : {value: genExpr(part.expr, scope), conversion: part.conversion, spec: part.spec ? genExpr(part.spec, scope) : null, prefix: part.selfDoc ?? ''}));
			return function* (f) {
				let text = '';
				for (const part of parts) {
					if (typeof part === 'string') {
						text += part;
						continue;
					}
					let value = yield* part.value(f);
					if (part.conversion === 'r' || part.conversion === 'a') value = repr(value);
					else if (part.conversion === 's') value = str(value);
					text += part.prefix + formatValue(value, part.spec ? ((yield* part.spec(f)) as string) : '');
				}
				return text;
			};
		}
		case 'ifexp': {
			const test = genExpr(expr.test, scope);
			const body = genExpr(expr.body, scope);
			const orelse = genExpr(expr.orelse, scope);
			return function* (f) {
				return truthy(yield* test(f)) ? yield* body(f) : yield* orelse(f);
			};
		}
		case 'walrus': {
			const value = genExpr(expr.value, scope);
			const store = compileStore(expr.target, scope);
			return function* (f) {
				const result = yield* value(f);
				store(f, result);
				return result;
			};
		}
		case 'comprehension':
			return compileAsyncComprehension(expr, scope);
		default:
			return compileError(expr, `'await' or 'yield' inside this kind of expression is not supported by loopstep`);
	}
}

/** `[x async for x in agen()]`, or a comprehension containing `await`: it runs inside the coroutine. */
function compileAsyncComprehension(expr: ComprehensionExpr, outer: CompileScope): GenEval {
	if (expr.type === 'generator') return compileError(expr, 'asynchronous generator expressions are not supported by loopstep');
	if (!outer.isAsync) return compileError(expr, 'asynchronous comprehension outside of an asynchronous function');
	const inner: CompileScope = {interp: outer.interp, scope: expr.scope!, name: '<listcomp>', qualname: `${outer.qualname}<listcomp>.<locals>.`, isAsync: true, suspendable: true, firstParameter: undefined};
	const interp = outer.interp;
	const firstIter = genExpr(expr.generators[0]!.iter, outer);
	const loops = expr.generators.map((generator, index) => ({
		iter: index === 0 ? null : genExpr(generator.iter, inner),
		store: compileStore(generator.target, inner),
		conditions: generator.ifs.map(condition => genExpr(condition, inner)),
		isAsync: generator.isAsync,
	}));
	const element = genExpr(expr.elt, inner);
	const value = expr.value ? genExpr(expr.value, inner) : null;
	const makeFrame = comprehensionFrame(expr, outer);
	const kind = expr.type;
	function* run(depth: number, source: PyValue, frame: Frame, emit: (frame: Frame) => Generator<PyValue, void, PyValue>): Generator<PyValue, void, PyValue> {
		const loop = loops[depth]!;
		const last = depth === loops.length - 1;
		const iterator = loop.isAsync ? callMethod(source, '__aiter__', []) : getIterator(source);
		for (;;) {
			let item: PyValue | undefined;
			if (loop.isAsync) {
				try {
					item = yield* awaitValue(interp, callMethod(iterator, '__anext__', []));
				} catch (error) {
					if (error instanceof PyExceptionObject && error.type.isSubtypeOf(stopAsyncIteration)) return;
					throw error;
				}
			} else {
				item = (iterator as ReturnType<typeof getIterator>).nextValue();
				if (item === undefined) return;
			}
			loop.store(frame, item);
			let keep = true;
			for (const condition of loop.conditions) if (!truthy(yield* condition(frame))) {
				keep = false;
				break;
			}
			if (!keep) continue;
			if (last) yield* emit(frame);
			else yield* run(depth + 1, yield* loops[depth + 1]!.iter!(frame), frame, emit);
		}
	}
	return function* (f) {
		const source = yield* firstIter(f);
		const frame = makeFrame(f);
		if (kind === 'dict') {
			const dict = new PyDict();
			yield* run(0, source, frame, function* (current) {
				const key = yield* element(current);
				dictSet(dict, key, yield* value!(current));
			});
			return dict;
		}
		const items: PyValue[] = [];
		yield* run(0, source, frame, function* (current) {
			items.push(yield* element(current));
		});
		return kind === 'list' ? new PyList(items) : setFrom(items);
	}
}

function compileSuspendingStatement(statement: Stmt, scope: CompileScope): GenExec {
	const enter = statementEntry(statement, scope);
	const interp = scope.interp;
	switch (statement.kind) {
		case 'expr': {
			const value = genExpr(statement.value, scope);
			return function* (f) {
				enter(f);
				yield* value(f);
				return Completion.Normal;
			};
		}
		case 'assign': {
			const value = genExpr(statement.value, scope);
			const stores = statement.targets.map(target => compileStore(target, scope));
			return function* (f) {
				enter(f);
				const result = yield* value(f);
				for (const store of stores) store(f, result);
				return Completion.Normal;
			};
		}
		case 'augAssign': {
			const value = genExpr(statement.value, scope);
			const target = statement.target;
			if (target.kind !== 'name') return unsupportedStatement(statement);
			const load = compileExpr(target, scope);
			const store = compileStore(target, scope);
			const op = statement.op;
			return function* (f) {
				enter(f);
				const current = load(f);
				store(f, inplaceOp(op, current, yield* value(f)));
				return Completion.Normal;
			};
		}
		case 'annAssign': {
			const value = genExpr(statement.value!, scope);
			const store = compileStore(statement.target, scope);
			const record = annotationRecorder(statement, scope);
			return function* (f) {
				enter(f);
				store(f, yield* value(f));
				record(f);
				return Completion.Normal;
			};
		}
		case 'return': {
			const value = genExpr(statement.value!, scope);
			return function* (f) {
				enter(f);
				f.returnValue = yield* value(f);
				return Completion.Return;
			};
		}
		case 'if': {
			const test = genExpr(statement.test, scope);
			const body = compileSuspendingBlock(statement.body, scope);
			const orelse = compileSuspendingBlock(statement.orelse, scope);
			return function* (f) {
				enter(f);
				return truthy(yield* test(f)) ? yield* body(f) : yield* orelse(f);
			};
		}
		case 'while': {
			const test = genExpr(statement.test, scope);
			const body = compileSuspendingBlock(statement.body, scope);
			const orelse = compileSuspendingBlock(statement.orelse, scope);
			return function* (f) {
				for (;;) {
					enter(f);
					if (!truthy(yield* test(f))) break;
					const completion = yield* body(f);
					if (completion === Completion.Break) return Completion.Normal;
					if (completion === Completion.Return) return completion;
				}
				return yield* orelse(f);
			};
		}
		case 'for': {
			const iterable = genExpr(statement.iter, scope);
			const store = compileStore(statement.target, scope);
			const body = compileSuspendingBlock(statement.body, scope);
			const orelse = compileSuspendingBlock(statement.orelse, scope);
			if (statement.isAsync) {
				if (!scope.isAsync) return compileError(statement, "'async for' outside async function");
				return function* (f) {
					enter(f);
					const source = yield* iterable(f);
					const aiterMethod = typeOf(source).lookup('__aiter__');
					if (aiterMethod === undefined) raise(typeError, `'async for' requires an object with __aiter__ method, got ${typeOf(source).name}`);
					const iterator = callObject(aiterMethod, [source]);
					let first = true;
					for (;;) {
						if (!first) enter(f);
						first = false;
						let item: PyValue;
						try {
							item = yield* awaitValue(interp, callMethod(iterator, '__anext__', []));
						} catch (error) {
							if (error instanceof PyExceptionObject && error.type.isSubtypeOf(stopAsyncIteration)) break;
							throw error;
						}
						store(f, item);
						const completion = yield* body(f);
						if (completion === Completion.Break) return Completion.Normal;
						if (completion === Completion.Return) return completion;
					}
					return yield* orelse(f);
				};
			}
			return function* (f) {
				enter(f);
				const iterator = getIterator(yield* iterable(f));
				let first = true;
				for (;;) {
					if (!first) enter(f);
					first = false;
					const item = iterator.nextValue();
					if (item === undefined) break;
					store(f, item);
					const completion = yield* body(f);
					if (completion === Completion.Break) return Completion.Normal;
					if (completion === Completion.Return) return completion;
				}
				return yield* orelse(f);
			};
		}
		case 'raise': {
			const exc = statement.exc ? genExpr(statement.exc, scope) : null;
			const cause = statement.cause ? genExpr(statement.cause, scope) : null;
			return function* (f) {
				enter(f);
				const value = exc ? yield* exc(f) : undefined;
				const causeValue = cause ? yield* cause(f) : undefined;
				try {
					return doRaise(interp, value, causeValue);
				} catch (error) {
					throw value === undefined ? error : markSpan(error, f, statement);
				}
			};
		}
		case 'try':
			return compileSuspendingTry(statement, scope, enter);
		case 'with':
			return compileSuspendingWith(statement.items, compileSuspendingBlock(statement.body, scope), scope, enter, statement.isAsync, statement.line);
		case 'assert': {
			const test = genExpr(statement.test, scope);
			const fallback = compileStatement(statement, scope);
			return function* (f) {
				if (truthy(yield* test(f))) return Completion.Normal;
				return fallback(f);
			};
		}
		case 'def': {
			const sync = compileStatement(statement, scope);
			// eslint-disable-next-line require-yield -- decorators with await are rare; they run synchronously
			return function* (f) {
				return sync(f);
			};
		}
		default:
			return unsupportedStatement(statement);
	}
}

function unsupportedStatement(statement: Stmt): never {
	return compileError(statement, `'await' or 'yield' inside this ${statement.kind} statement is not supported by loopstep`);
}

function compileSuspendingTry(statement: Extract<Stmt, {kind: 'try'}>, scope: CompileScope, enter: (f: Frame) => void): GenExec {
	const body = compileSuspendingBlock(statement.body, scope);
	const orelse = compileSuspendingBlock(statement.orelse, scope);
	const finalbody = statement.finalbody.length > 0 ? compileSuspendingBlock(statement.finalbody, scope) : null;
	const handlers = statement.handlers;
	const clauses = compileHandlerClauses(handlers, scope);
	const handlerBodies = handlers.map(handler => compileSuspendingBlock(handler.body, scope));
	const interp = scope.interp;
	function* runStarHandlers(f: Frame, error: PyExceptionObject): BodyGenerator {
		const {matched, rest} = splitForClauses(f, error, clauses);
		for (let index = 0; index < clauses.length; index++) {
			const group = matched[index];
			if (!group) continue;
			clauses[index]!.bind(f, group);
			interp.handling.push(group);
			try {
				const completion = yield* handlerBodies[index]!(f);
				if (completion !== Completion.Normal) return completion;
			} finally {
				interp.handling.pop();
				clauses[index]!.unbind(f);
			}
		}
		if (rest) throw rest;
		return Completion.Normal;
	}
	function* tryPart(f: Frame): BodyGenerator {
		let completion: number;
		try {
			completion = yield* body(f);
		} catch (error) {
			if (handlers.length === 0 || !(error instanceof PyExceptionObject)) throw error;
			addTracebackEntry(error, f);
			if (handlers.some(handler => handler.star)) return yield* runStarHandlers(f, error);
			const index = clauses.findIndex(clause => clause.matches(f, error));
			if (index < 0) throw error;
			const clause = clauses[index]!;
			clause.bind(f, error);
			interp.handling.push(error);
			try {
				return yield* handlerBodies[index]!(f);
			} catch (inner) {
				if (inner instanceof PyExceptionObject && inner !== error && inner.context === null) inner.context = error;
				throw inner;
			} finally {
				interp.handling.pop();
				clause.unbind(f);
			}
		}
		if (completion !== Completion.Normal) return completion;
		return yield* orelse(f);
	}
	return function* (f) {
		enter(f);
		if (!finalbody) return yield* tryPart(f);
		let completion: number;
		try {
			completion = yield* tryPart(f);
		} catch (error) {
			if (!(error instanceof PyExceptionObject)) throw error;
			addTracebackEntry(error, f);
			const returnValue = f.returnValue;
			const finalCompletion = yield* finalbody(f);
			if (finalCompletion !== Completion.Normal) return finalCompletion;
			f.returnValue = returnValue;
			throw error;
		}
		const returnValue = f.returnValue;
		const finalCompletion = yield* finalbody(f);
		if (finalCompletion !== Completion.Normal) return finalCompletion;
		f.returnValue = returnValue;
		return completion;
	};
}

function compileSuspendingWith(items: readonly WithItem[], body: GenExec, scope: CompileScope, enter: (f: Frame) => void, isAsync: boolean, withLine: number): GenExec {
	if (isAsync && !scope.isAsync) return () => raise(typeError, "'async with' outside async function");
	let inner = body;
	for (let index = items.length - 1; index >= 0; index--) inner = compileSuspendingWithItem(items[index]!, inner, scope, isAsync, withLine);
	return function* (f) {
		enter(f);
		return yield* inner(f);
	};
}

function compileSuspendingWithItem(item: WithItem, body: GenExec, scope: CompileScope, isAsync: boolean, withLine: number): GenExec {
	const context = genExpr(item.context, scope);
	const store = item.target ? compileStore(item.target, scope) : null;
	const interp = scope.interp;
	const enterName = isAsync ? '__aenter__' : '__enter__';
	const exitName = isAsync ? '__aexit__' : '__exit__';
	return function* (f) {
		const manager = yield* context(f);
		const type = typeOf(manager);
		const enterMethod = type.lookup(enterName);
		const exitMethod = type.lookup(exitName);
		if (enterMethod === undefined || exitMethod === undefined) {
			raise(typeError, isAsync ? `'${type.name}' object does not support the asynchronous context manager protocol` : `'${type.name}' object does not support the context manager protocol`);
		}
		let value = callObject(enterMethod, [manager]);
		if (isAsync) value = yield* awaitValue(interp, value);
		if (store) store(f, value);
		let completion: number;
		try {
			completion = yield* body(f);
		} catch (error) {
			if (!(error instanceof PyExceptionObject)) throw error;
			addTracebackEntry(error, f);
			// CPython runs `__exit__`/`__aexit__` at the `with` statement's line.
			f.line = withLine;
			let suppress = callObject(exitMethod, [manager, error.type, error, null]);
			if (isAsync) suppress = yield* awaitValue(interp, suppress);
			if (truthy(suppress)) return Completion.Normal;
			throw error;
		}
		f.line = withLine;
		const result = callObject(exitMethod, [manager, null, null, null]);
		if (isAsync) yield* awaitValue(interp, result);
		return completion;
	};
}
