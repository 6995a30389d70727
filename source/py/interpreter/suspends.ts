import type {Expr, Stmt} from '../parse/ast.js';

/** Does evaluating this expression possibly suspend (await / yield), not counting nested scopes? */
export function exprSuspends(expr: Expr | null): boolean {
	if (!expr) return false;
	switch (expr.kind) {
		case 'await':
		case 'yield':
		case 'yieldFrom':
			return true;
		case 'name':
		case 'const':
		case 'lambda':
			return false;
		case 'comprehension':
			return expr.generators.some(generator => generator.isAsync || exprSuspends(generator.iter) || generator.ifs.some(exprSuspends)) || exprSuspends(expr.elt) || exprSuspends(expr.value);
		case 'fstring':
			return expr.parts.some(part => typeof part !== 'string' && (exprSuspends(part.expr) || exprSuspends(part.spec)));
		case 'binop':
		case 'boolop':
			return exprSuspends(expr.left) || exprSuspends(expr.right);
		case 'unary':
			return exprSuspends(expr.operand);
		case 'compare':
			return exprSuspends(expr.left) || expr.comparators.some(exprSuspends);
		case 'call':
			return exprSuspends(expr.func) || expr.args.some(arg => exprSuspends(arg.value));
		case 'attribute':
			return exprSuspends(expr.object);
		case 'subscript':
			return exprSuspends(expr.object) || exprSuspends(expr.index);
		case 'slice':
			return exprSuspends(expr.lower) || exprSuspends(expr.upper) || exprSuspends(expr.step);
		case 'list':
		case 'tuple':
		case 'set':
			return expr.elts.some(exprSuspends);
		case 'dict':
			return expr.items.some(item => (item.kind === 'pair' && exprSuspends(item.key)) || exprSuspends(item.value));
		case 'starred':
			return exprSuspends(expr.value);
		case 'ifexp':
			return exprSuspends(expr.test) || exprSuspends(expr.body) || exprSuspends(expr.orelse);
		case 'walrus':
			return exprSuspends(expr.value);
	}
}

export function blockSuspends(body: readonly Stmt[]): boolean {
	return body.some(statementSuspends);
}

/** Does running this statement possibly suspend? */
export function statementSuspends(statement: Stmt): boolean {
	switch (statement.kind) {
		case 'expr':
			return exprSuspends(statement.value);
		case 'assign':
			return exprSuspends(statement.value) || statement.targets.some(exprSuspends);
		case 'augAssign':
			return exprSuspends(statement.value) || exprSuspends(statement.target);
		case 'annAssign':
			return exprSuspends(statement.value);
		case 'if':
		case 'while':
			return exprSuspends(statement.test) || blockSuspends(statement.body) || blockSuspends(statement.orelse);
		case 'for':
			return statement.isAsync || exprSuspends(statement.iter) || blockSuspends(statement.body) || blockSuspends(statement.orelse);
		case 'return':
			return exprSuspends(statement.value);
		case 'raise':
			return exprSuspends(statement.exc) || exprSuspends(statement.cause);
		case 'try':
			return blockSuspends(statement.body) || statement.handlers.some(handler => blockSuspends(handler.body)) || blockSuspends(statement.orelse) || blockSuspends(statement.finalbody);
		case 'with':
			return statement.isAsync || statement.items.some(item => exprSuspends(item.context)) || blockSuspends(statement.body);
		case 'assert':
			return exprSuspends(statement.test) || exprSuspends(statement.msg);
		case 'def':
			return statement.decorators.some(exprSuspends);
		default:
			return false;
	}
}
