import type {Argument, CompareOperator, ConstValue, Expr, FStringExpr, Located, NameExpr} from '../parse/ast.js';
import {binaryOp, unaryOp} from '../runtime/arithmetic.js';
import {getAttr} from '../runtime/attributes.js';
import {callMethod, callObject} from '../runtime/call.js';
import {pyEquals, pyNotEquals, pyOrder} from '../runtime/comparison.js';
import {dictSet, setAdd} from '../runtime/dict-ops.js';
import {nameError, typeError, unboundLocalError} from '../runtime/exception-types.js';
import {formatValue} from '../runtime/format-spec.js';
import {toArray} from '../runtime/iteration.js';
import {contains} from '../runtime/membership.js';
import {PyBytes, PyDict, PyList, PySet, PySlice, PyTuple} from '../runtime/py-containers.js';
import {ellipsis, type PyExceptionObject} from '../runtime/py-instance.js';
import {PyFloat, type Kwargs, type PyValue} from '../runtime/py-object.js';
import {newException, raise} from '../runtime/raise.js';
import {repr, str} from '../runtime/repr.js';
import {getItem} from '../runtime/subscript.js';
import {truthy} from '../runtime/truthiness.js';
import {dictItems} from '../runtime/dict-items.js';
import {compileComprehension} from './compile-comprehension.js';
import {compileLambda} from './compile-function.js';
import {compileError, locate, type CompileScope} from './compile-scope.js';
import {compileStore} from './compile-targets.js';
import type {Frame} from './frame.js';
import {makeSuper} from './super-call.js';
import {markSpan} from './function-code.js';

export type Eval = (f: Frame) => PyValue;

export function constantValue(value: ConstValue): PyValue {
	switch (value.type) {
		case 'int':
		case 'str':
		case 'bool':
			return value.value;
		case 'float':
			return new PyFloat(value.value);
		case 'bytes':
			return new PyBytes(value.value);
		case 'none':
			return null;
		case 'ellipsis':
			return ellipsis;
		case 'complex':
			return new PyFloat(value.value);
	}
}

export function unboundLocal(name: string, f?: Frame, expr?: NameExpr): never {
	throw spannedAt(newException(unboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`), f, expr);
}

export function undefinedName(name: string, f?: Frame, expr?: NameExpr): never {
	throw spannedAt(newException(nameError, `name '${name}' is not defined`), f, expr);
}

function spannedAt(exception: PyExceptionObject, f: Frame | undefined, expr: NameExpr | undefined): unknown {
	return f && expr ? markSpan(exception, f, expr) : exception;
}

export function compileLoad(expr: NameExpr, scope: CompileScope): Eval {
	const name = expr.id;
	const location = locate(scope, name);
	const builtins = scope.interp.builtins;
	switch (location.kind) {
		case 'fast': {
			const index = location.index;
			return f => {
				const value = f.locals[index];
				return value === undefined ? unboundLocal(name, f, expr) : value;
			};
		}
		case 'cell': {
			const index = location.index;
			return f => {
				const value = f.cells[index]!.value;
				if (value === undefined) throw markSpan(newException(nameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`), f, expr);
				return value;
			};
		}
		case 'global':
			return f => {
				let value = f.globals.get(name);
				if (value === undefined) value = builtins.get(name);
				return value === undefined ? undefinedName(name, f, expr) : value;
			};
		case 'classBody':
			return f => {
				let value = f.namespace!.get(name);
				if (value === undefined) value = f.globals.get(name);
				if (value === undefined) value = builtins.get(name);
				return value === undefined ? undefinedName(name, f, expr) : value;
			};
	}
}

/** An exception leaving `evaluate` is noted as leaving `expr` (its traceback carets), unless an inner expression was first. */
function withSpan(evaluate: Eval, expr: Located): Eval {
	return f => {
		try {
			return evaluate(f);
		} catch (error) {
			throw markSpan(error, f, expr);
		}
	};
}

export function compileExpr(expr: Expr, scope: CompileScope): Eval {
	switch (expr.kind) {
		case 'name':
			return compileLoad(expr, scope);
		case 'const': {
			const value = constantValue(expr.value);
			return () => value;
		}
		case 'fstring':
			return compileFString(expr, scope);
		case 'binop': {
			const left = compileExpr(expr.left, scope);
			const right = compileExpr(expr.right, scope);
			const op = expr.op;
			return f => {
				try {
					return binaryOp(op, left(f), right(f));
				} catch (error) {
					throw markSpan(error, f, expr);
				}
			};
		}
		case 'unary': {
			const operand = compileExpr(expr.operand, scope);
			if (expr.op === 'not') return f => !truthy(operand(f));
			const op = expr.op;
			return f => {
				try {
					return unaryOp(op, operand(f));
				} catch (error) {
					throw markSpan(error, f, expr);
				}
			};
		}
		case 'boolop': {
			const left = compileExpr(expr.left, scope);
			const right = compileExpr(expr.right, scope);
			if (expr.op === 'and') return f => {
				const value = left(f);
				return truthy(value) ? right(f) : value;
			};
			return f => {
				const value = left(f);
				return truthy(value) ? value : right(f);
			};
		}
		case 'compare':
			return withSpan(compileCompare(expr.left, expr.ops, expr.comparators, scope), expr);
		case 'call':
			return compileCall(expr, scope);
		case 'attribute': {
			const object = compileExpr(expr.object, scope);
			const name = expr.name;
			return f => {
				try {
					return getAttr(object(f), name);
				} catch (error) {
					throw markSpan(error, f, expr);
				}
			};
		}
		case 'subscript': {
			const object = compileExpr(expr.object, scope);
			const index = compileExpr(expr.index, scope);
			return f => {
				try {
					return getItem(object(f), index(f));
				} catch (error) {
					throw markSpan(error, f, expr);
				}
			};
		}
		case 'slice': {
			const none: Eval = () => null;
			const lower = expr.lower ? compileExpr(expr.lower, scope) : none;
			const upper = expr.upper ? compileExpr(expr.upper, scope) : none;
			const step = expr.step ? compileExpr(expr.step, scope) : none;
			return f => new PySlice(lower(f), upper(f), step(f));
		}
		case 'list': {
			const items = compileItems(expr.elts, scope);
			return f => new PyList(items(f));
		}
		case 'tuple': {
			const items = compileItems(expr.elts, scope);
			return f => new PyTuple(items(f));
		}
		case 'set': {
			const items = compileItems(expr.elts, scope);
			return f => {
				const set = new PySet(false);
				for (const item of items(f)) setAdd(set, item);
				return set;
			};
		}
		case 'dict':
			return compileDict(expr.items, scope);
		case 'starred':
			return compileError(expr, "can't use starred expression here");
		case 'comprehension':
			return withSpan(compileComprehension(expr, scope), expr);
		case 'lambda':
			return compileLambda(expr, scope);
		case 'ifexp': {
			const test = compileExpr(expr.test, scope);
			const body = compileExpr(expr.body, scope);
			const orelse = compileExpr(expr.orelse, scope);
			return f => (truthy(test(f)) ? body(f) : orelse(f));
		}
		case 'await':
			return compileError(expr, scope.isAsync ? "'await' is not supported here by loopstep" : "'await' outside async function");
		case 'yield':
		case 'yieldFrom':
			return compileError(expr, "'yield' outside function");
		case 'walrus': {
			const value = compileExpr(expr.value, scope);
			const store = compileStore(expr.target, scope);
			return f => {
				const result = value(f);
				store(f, result);
				return result;
			};
		}
	}
}

/** Evaluates a display's items, expanding `*iterable`. */
export function compileItems(elts: readonly Expr[], scope: CompileScope): (f: Frame) => PyValue[] {
	const parts = elts.map(element => (element.kind === 'starred' ? {star: true, value: compileExpr(element.value, scope)} : {star: false, value: compileExpr(element, scope)}));
	if (parts.every(part => !part.star)) {
		const evals = parts.map(part => part.value);
		if (evals.length === 0) return () => [];
		if (evals.length === 1) {
			const [only] = evals as [Eval];
			return f => [only(f)];
		}
		if (evals.length === 2) {
			const [first, second] = evals as [Eval, Eval];
			return f => [first(f), second(f)];
		}
		return f => evals.map(value => value(f));
	}
	return f => {
		const items: PyValue[] = [];
		for (const part of parts) {
			if (part.star) items.push(...toArray(part.value(f)));
			else items.push(part.value(f));
		}
		return items;
	};
}

function compileDict(items: Extract<Expr, {kind: 'dict'}>['items'], scope: CompileScope): Eval {
	const parts = items.map(item => (item.kind === 'pair' ? {key: compileExpr(item.key, scope), value: compileExpr(item.value, scope)} : {key: null, value: compileExpr(item.value, scope)}));
	return f => {
		const dict = new PyDict();
		for (const part of parts) {
			if (part.key) {
				const key = part.key(f);
				dictSet(dict, key, part.value(f));
			} else {
				for (const [key, value] of dictItems(part.value(f))) dictSet(dict, key, value);
			}
		}
		return dict;
	};
}

export function compareValues(op: CompareOperator, left: PyValue, right: PyValue): boolean {
	switch (op) {
		case '==':
			return left === right && typeof left !== 'object' ? true : pyEquals(left, right);
		case '!=':
			return pyNotEquals(left, right);
		case '<':
		case '<=':
		case '>':
		case '>=':
			return pyOrder(op, left, right);
		case 'in':
			return contains(right, left);
		case 'not in':
			return !contains(right, left);
		case 'is':
			return isSame(left, right);
		case 'is not':
			return !isSame(left, right);
	}
}

function isSame(left: PyValue, right: PyValue): boolean {
	if (left instanceof PyFloat && right instanceof PyFloat) return left === right;
	return left === right;
}

function compileCompare(leftExpr: Expr, ops: readonly CompareOperator[], comparatorExprs: readonly Expr[], scope: CompileScope): Eval {
	const left = compileExpr(leftExpr, scope);
	const comparators = comparatorExprs.map(comparator => compileExpr(comparator, scope));
	if (ops.length === 1) {
		const op = ops[0]!;
		const right = comparators[0]!;
		switch (op) {
			case '<':
				return f => {
					const a = left(f);
					const b = right(f);
					return typeof a === 'number' && typeof b === 'number' ? a < b : pyOrder('<', a, b);
				};
			case '==':
				return f => {
					const a = left(f);
					const b = right(f);
					return typeof a === 'number' && typeof b === 'number' ? a === b : pyEquals(a, b);
				};
			default:
				return f => compareValues(op, left(f), right(f));
		}
	}
	return f => {
		let current = left(f);
		for (let index = 0; index < ops.length; index++) {
			const next = comparators[index]!(f);
			if (!compareValues(ops[index]!, current, next)) return false;
			current = next;
		}
		return true;
	};
}

function compileFString(expr: FStringExpr, scope: CompileScope): Eval {
	const parts = expr.parts.map(part => {
		if (typeof part === 'string') return () => part;
		const value = compileExpr(part.expr, scope);
		const spec = part.spec ? compileFString(part.spec, scope) : null;
		const conversion = part.conversion;
		const prefix = part.selfDoc ?? '';
		return (f: Frame) => {
			let result = value(f);
			if (conversion === 'r' || conversion === 'a') result = repr(result);
			else if (conversion === 's') result = str(result);
			const specText = spec ? (spec(f) as string) : '';
			return prefix + (specText === '' && typeof result === 'string' ? result : formatValue(result, specText));
		};
	});
	if (parts.length === 1) return parts[0]!;
	return f => {
		let text = '';
		for (const part of parts) text += part(f);
		return text;
	};
}

/** Evaluated arguments of a call: positional values and keyword arguments (or null). */
export interface CallArguments {
	readonly args: PyValue[];
	readonly kwargs: Kwargs | null;
}

export function compileArguments(args: readonly Argument[], scope: CompileScope): (f: Frame) => CallArguments {
	const compiled = args.map(arg => ({kind: arg.kind, name: arg.kind === 'keyword' ? arg.name : '', value: compileExpr(arg.value, scope)}));
	return f => collectArguments(compiled, f, (value, frame) => value(frame));
}

export function collectArguments<E>(compiled: readonly {kind: Argument['kind']; name: string; value: E}[], f: Frame, evaluate: (value: E, f: Frame) => PyValue): CallArguments {
	const positional: PyValue[] = [];
	let kwargs: Kwargs | null = null;
	for (const arg of compiled) {
		switch (arg.kind) {
			case 'positional':
				positional.push(evaluate(arg.value, f));
				break;
			case 'star':
				positional.push(...toArray(evaluate(arg.value, f)));
				break;
			case 'keyword':
				kwargs ??= new Map();
				if (kwargs.has(arg.name)) raise(typeError, `keyword argument repeated: ${arg.name}`);
				kwargs.set(arg.name, evaluate(arg.value, f));
				break;
			case 'doubleStar': {
				kwargs ??= new Map();
				const mapping = evaluate(arg.value, f);
				for (const [key, value] of dictItems(mapping)) {
					if (typeof key !== 'string') raise(typeError, 'keywords must be strings');
					if (kwargs.has(key)) raise(typeError, `got multiple values for keyword argument '${key}'`);
					kwargs.set(key, value);
				}
				break;
			}
		}
	}
	return {args: positional, kwargs};
}

/** A call; an exception leaving it is noted at the call (its carets) unless an inner expression was first. */
function compileCall(expr: Extract<Expr, {kind: 'call'}>, scope: CompileScope): Eval {
	const simple = expr.args.every(arg => arg.kind === 'positional');
	if (expr.func.kind === 'name' && expr.func.id === 'super' && expr.args.length === 0 && locate(scope, 'super').kind !== 'fast') {
		return withSpan(makeSuper(expr, scope), expr);
	}
	// The try/catch sits in each closure, not in a wrapper: calls are the hottest expressions.
	if (simple) {
		const argEvals = expr.args.map(arg => compileExpr(arg.value, scope));
		const count = argEvals.length;
		if (expr.func.kind === 'attribute') {
			const object = compileExpr(expr.func.object, scope);
			const name = expr.func.name;
			if (count === 0) {
				return f => {
					try {
						return callMethod(object(f), name, []);
					} catch (error) {
						throw markSpan(error, f, expr);
					}
				};
			}
			if (count === 1) {
				const [first] = argEvals as [Eval];
				return f => {
					try {
						const target = object(f);
						return callMethod(target, name, [first(f)]);
					} catch (error) {
						throw markSpan(error, f, expr);
					}
				};
			}
			return f => {
				try {
					const target = object(f);
					const args = new Array<PyValue>(count);
					for (let index = 0; index < count; index++) args[index] = argEvals[index]!(f);
					return callMethod(target, name, args);
				} catch (error) {
					throw markSpan(error, f, expr);
				}
			};
		}
		const func = compileExpr(expr.func, scope);
		if (count === 1) {
			const [first] = argEvals as [Eval];
			return f => {
				try {
					const callee = func(f);
					return callObject(callee, [first(f)]);
				} catch (error) {
					throw markSpan(error, f, expr);
				}
			};
		}
		return f => {
			try {
				const callee = func(f);
				const args = new Array<PyValue>(count);
				for (let index = 0; index < count; index++) args[index] = argEvals[index]!(f);
				return callObject(callee, args);
			} catch (error) {
				throw markSpan(error, f, expr);
			}
		};
	}
	const func = compileExpr(expr.func, scope);
	const args = compileArguments(expr.args, scope);
	return f => {
		try {
			const callee = func(f);
			const evaluated = args(f);
			return callObject(callee, evaluated.args, evaluated.kwargs);
		} catch (error) {
			throw markSpan(error, f, expr);
		}
	};
}

