import type {ClassScope, Comprehension, ComprehensionExpr, Expr, FunctionDefStmt, FunctionScope, LambdaExpr, Module, NameLocation, Parameters, Stmt} from '../parse/ast.js';
import {SourceError} from '../../plan/index.js';

type ScopeNode = Module | FunctionDefStmt | LambdaExpr | ComprehensionExpr | Extract<Stmt, {kind: 'class'}>;

/** What one scope binds and uses, before resolution (CPython's symtable pass 1). */
class ScopeInfo {
	readonly bound = new Set<string>();
	readonly used = new Set<string>();
	readonly globals = new Set<string>();
	readonly nonlocals = new Set<string>();
	readonly params: string[] = [];
	readonly children: ScopeInfo[] = [];
	/** Names children need from this scope: they become cells here. */
	readonly captured = new Set<string>();
	/** Free names this scope receives (its own or passed through to children). */
	readonly free = new Set<string>();
	isGenerator = false;
	isCoroutine = false;

	constructor(
		readonly kind: 'module' | 'function' | 'class',
		readonly node: ScopeNode,
		readonly parent: ScopeInfo | undefined,
		/** Comprehensions bind walrus targets in their enclosing function. */
		readonly isComprehension = false,
	) {
		parent?.children.push(this);
	}
}

/**
 * Decides, once, where every name lives (CPython's symtable): fast local, cell, free, global, or
 * class namespace. Annotates each scope node with its `scope`.
 */
export function analyzeScopes(module: Module): void {
	const root = new ScopeInfo('module', module, undefined);
	collectBlock(module.body, root);
	resolve(root);
	finalize(root);
}

function collectBlock(body: readonly Stmt[], scope: ScopeInfo): void {
	for (const statement of body) collectStatement(statement, scope);
}

function bindTarget(target: Expr, scope: ScopeInfo): void {
	switch (target.kind) {
		case 'name':
			scope.bound.add(target.id);
			break;
		case 'tuple':
		case 'list':
			for (const element of target.elts) bindTarget(element, scope);
			break;
		case 'starred':
			bindTarget(target.value, scope);
			break;
		default:
			collectExpr(target, scope);
	}
}

function collectParams(params: Parameters, scope: ScopeInfo, outer: ScopeInfo): void {
	for (const param of [...params.positionalOnly, ...params.positional, ...params.keywordOnly]) {
		if (param.default) collectExpr(param.default, outer);
	}
	const names = [...params.positionalOnly, ...params.positional].map(param => param.name);
	if (params.varargs) names.push(params.varargs);
	names.push(...params.keywordOnly.map(param => param.name));
	if (params.kwargs) names.push(params.kwargs);
	scope.params.push(...names);
	for (const name of names) scope.bound.add(name);
}

function collectStatement(statement: Stmt, scope: ScopeInfo): void {
	switch (statement.kind) {
		case 'expr':
			collectExpr(statement.value, scope);
			break;
		case 'assign':
			collectExpr(statement.value, scope);
			for (const target of statement.targets) bindTarget(target, scope);
			break;
		case 'augAssign':
			collectExpr(statement.value, scope);
			bindTarget(statement.target, scope);
			if (statement.target.kind === 'name') scope.used.add(statement.target.id);
			break;
		case 'annAssign':
			if (statement.value) {
				collectExpr(statement.value, scope);
				bindTarget(statement.target, scope);
			}
			break;
		case 'if':
		case 'while':
			collectExpr(statement.test, scope);
			collectBlock(statement.body, scope);
			collectBlock(statement.orelse, scope);
			break;
		case 'for':
			collectExpr(statement.iter, scope);
			bindTarget(statement.target, scope);
			collectBlock(statement.body, scope);
			collectBlock(statement.orelse, scope);
			break;
		case 'def': {
			for (const decorator of statement.decorators) collectExpr(decorator, scope);
			scope.bound.add(statement.name);
			const inner = new ScopeInfo('function', statement, scope);
			inner.isCoroutine = statement.isAsync;
			collectParams(statement.params, inner, scope);
			collectBlock(statement.body, inner);
			break;
		}
		case 'class': {
			for (const decorator of statement.decorators) collectExpr(decorator, scope);
			for (const base of statement.bases) collectExpr(base.value, scope);
			scope.bound.add(statement.name);
			const inner = new ScopeInfo('class', statement, scope);
			collectBlock(statement.body, inner);
			break;
		}
		case 'return':
			if (statement.value) collectExpr(statement.value, scope);
			break;
		case 'raise':
			if (statement.exc) collectExpr(statement.exc, scope);
			if (statement.cause) collectExpr(statement.cause, scope);
			break;
		case 'try':
			collectBlock(statement.body, scope);
			for (const handler of statement.handlers) {
				if (handler.type) collectExpr(handler.type, scope);
				if (handler.name) scope.bound.add(handler.name);
				collectBlock(handler.body, scope);
			}
			collectBlock(statement.orelse, scope);
			collectBlock(statement.finalbody, scope);
			break;
		case 'with':
			for (const item of statement.items) {
				collectExpr(item.context, scope);
				if (item.target) bindTarget(item.target, scope);
			}
			collectBlock(statement.body, scope);
			break;
		case 'global':
		case 'nonlocal':
			for (const name of statement.names) {
				if (scope.kind === 'module' && statement.kind === 'nonlocal') throw new SourceError('SyntaxError', 'nonlocal declaration not allowed at module level', statement.line, statement.col);
				(statement.kind === 'global' ? scope.globals : scope.nonlocals).add(name);
			}
			break;
		case 'import':
			for (const name of statement.names) scope.bound.add(name.asname ?? name.module.split('.')[0]!);
			break;
		case 'importFrom':
			for (const name of statement.names) if (name.name !== '*') scope.bound.add(name.asname ?? name.name);
			break;
		case 'assert':
			collectExpr(statement.test, scope);
			if (statement.msg) collectExpr(statement.msg, scope);
			break;
		case 'delete':
			for (const target of statement.targets) bindTarget(target, scope);
			break;
		case 'pass':
		case 'break':
		case 'continue':
			break;
	}
}

function collectExpr(expr: Expr, scope: ScopeInfo): void {
	switch (expr.kind) {
		case 'name':
			scope.used.add(expr.id);
			break;
		case 'const':
			break;
		case 'fstring':
			for (const part of expr.parts) {
				if (typeof part === 'string') continue;
				collectExpr(part.expr, scope);
				if (part.spec) collectExpr(part.spec, scope);
			}
			break;
		case 'binop':
		case 'boolop':
			collectExpr(expr.left, scope);
			collectExpr(expr.right, scope);
			break;
		case 'unary':
			collectExpr(expr.operand, scope);
			break;
		case 'compare':
			collectExpr(expr.left, scope);
			for (const comparator of expr.comparators) collectExpr(comparator, scope);
			break;
		case 'call':
			collectExpr(expr.func, scope);
			for (const arg of expr.args) collectExpr(arg.value, scope);
			if (expr.func.kind === 'name' && expr.func.id === 'super' && expr.args.length === 0) scope.used.add('__class__');
			break;
		case 'attribute':
			collectExpr(expr.object, scope);
			break;
		case 'subscript':
			collectExpr(expr.object, scope);
			collectExpr(expr.index, scope);
			break;
		case 'slice':
			for (const part of [expr.lower, expr.upper, expr.step]) if (part) collectExpr(part, scope);
			break;
		case 'list':
		case 'tuple':
		case 'set':
			for (const element of expr.elts) collectExpr(element, scope);
			break;
		case 'dict':
			for (const item of expr.items) {
				if (item.kind === 'pair') collectExpr(item.key, scope);
				collectExpr(item.value, scope);
			}
			break;
		case 'starred':
			collectExpr(expr.value, scope);
			break;
		case 'comprehension': {
			const [first, ...rest] = expr.generators as [Comprehension, ...Comprehension[]];
			collectExpr(first.iter, scope);
			const inner = new ScopeInfo('function', expr, scope, true);
			inner.isGenerator = expr.type === 'generator';
			bindTarget(first.target, inner);
			for (const condition of first.ifs) collectExpr(condition, inner);
			for (const generator of rest) {
				collectExpr(generator.iter, inner);
				bindTarget(generator.target, inner);
				for (const condition of generator.ifs) collectExpr(condition, inner);
			}
			collectExpr(expr.elt, inner);
			if (expr.value) collectExpr(expr.value, inner);
			if (expr.generators.some(generator => generator.isAsync)) inner.isCoroutine = true;
			break;
		}
		case 'lambda': {
			const inner = new ScopeInfo('function', expr, scope);
			collectParams(expr.params, inner, scope);
			collectExpr(expr.body, inner);
			break;
		}
		case 'ifexp':
			collectExpr(expr.test, scope);
			collectExpr(expr.body, scope);
			collectExpr(expr.orelse, scope);
			break;
		case 'await':
			collectExpr(expr.value, scope);
			break;
		case 'yield':
		case 'yieldFrom':
			scope.isGenerator = true;
			if (expr.value) collectExpr(expr.value, scope);
			break;
		case 'walrus': {
			let target = scope;
			while (target.isComprehension && target.parent) target = target.parent;
			target.bound.add(expr.target.id);
			if (target !== scope) scope.used.add(expr.target.id);
			collectExpr(expr.value, scope);
			break;
		}
	}
}

function isLocal(scope: ScopeInfo, name: string): boolean {
	return scope.kind === 'function' && scope.bound.has(name) && !scope.globals.has(name) && !scope.nonlocals.has(name);
}

/** Finds the function scope that owns `name` for `scope`, marking cells and pass-through frees. */
function resolveFree(scope: ScopeInfo, name: string): boolean {
	const chain: ScopeInfo[] = [];
	for (let outer = scope.parent; outer; outer = outer.parent) {
		if (outer.kind === 'module') return false;
		if (outer.kind === 'function' && outer.globals.has(name)) return false;
		if (isLocal(outer, name) || (outer.kind === 'function' && outer.nonlocals.has(name) && outer.free.has(name))) {
			outer.captured.add(name);
			scope.free.add(name);
			for (const middle of chain) middle.free.add(name);
			return true;
		}
		if (outer.kind === 'class' && name === '__class__') {
			outer.captured.add(name);
			scope.free.add(name);
			for (const middle of chain) middle.free.add(name);
			return true;
		}
		chain.push(outer);
	}
	return false;
}

function resolve(scope: ScopeInfo): void {
	if (scope.kind !== 'module') {
		for (const name of scope.nonlocals) {
			if (!resolveFree(scope, name)) {
				const node = scope.node as {line?: number; col?: number};
				throw new SourceError('SyntaxError', `no binding for nonlocal '${name}' found`, node.line ?? 1, node.col ?? 1);
			}
		}
		for (const name of scope.used) {
			if (scope.globals.has(name) || scope.nonlocals.has(name)) continue;
			if (scope.kind === 'function' && scope.bound.has(name)) continue;
			resolveFree(scope, name);
		}
	}
	for (const child of scope.children) resolve(child);
}

function finalize(scope: ScopeInfo): void {
	for (const child of scope.children) finalize(child);
	const names = new Map<string, NameLocation>();
	const cellIndex = new Map<string, number>();
	const cellNames = [...scope.captured].filter(name => !scope.free.has(name));
	const freeNames = [...scope.free];
	[...cellNames, ...freeNames].forEach((name, index) => cellIndex.set(name, index));
	if (scope.kind === 'module') {
		(scope.node as Module).scope = {kind: 'module', locals: [], cellNames: [], freeNames: [], names, cellIndex, isGenerator: false, isCoroutine: false};
		return;
	}
	if (scope.kind === 'class') {
		const all = new Set([...scope.bound, ...scope.used]);
		for (const name of all) {
			const cell = scope.free.has(name) && !scope.bound.has(name) ? cellIndex.get(name)! : null;
			if (scope.globals.has(name)) names.set(name, {kind: 'global'});
			else if (scope.bound.has(name)) names.set(name, {kind: 'classBody', cell: null});
			else if (cell !== null) names.set(name, {kind: 'cell', index: cell});
			else names.set(name, {kind: 'classBody', cell: null});
		}
		const classScope: ClassScope = {kind: 'class', cellNames, freeNames, names, cellIndex};
		(scope.node as Extract<Stmt, {kind: 'class'}>).scope = classScope;
		return;
	}
	const locals: string[] = [];
	for (const name of scope.params) if (!cellIndex.has(name) && !locals.includes(name)) locals.push(name);
	for (const name of scope.bound) {
		if (scope.globals.has(name) || scope.nonlocals.has(name) || cellIndex.has(name) || locals.includes(name)) continue;
		locals.push(name);
	}
	for (const name of new Set([...scope.bound, ...scope.used, ...scope.nonlocals, ...scope.globals])) {
		if (scope.globals.has(name)) names.set(name, {kind: 'global'});
		else if (cellIndex.has(name)) names.set(name, {kind: 'cell', index: cellIndex.get(name)!});
		else if (locals.includes(name)) names.set(name, {kind: 'fast', index: locals.indexOf(name)});
		else names.set(name, {kind: 'global'});
	}
	const functionScope: FunctionScope = {kind: 'function', locals, cellNames, freeNames, names, cellIndex, isGenerator: scope.isGenerator, isCoroutine: scope.isCoroutine};
	(scope.node as FunctionDefStmt | LambdaExpr | ComprehensionExpr).scope = functionScope;
}
