import type {Expr, Stmt} from '../parse/ast.js';

function containsAwait(expr: Expr | null): boolean {
	if (!expr) return false;
	switch (expr.kind) {
		case 'await':
			return true;
		case 'call':
			return containsAwait(expr.func) || expr.args.some(arg => containsAwait(arg.value));
		case 'binop':
		case 'boolop':
			return containsAwait(expr.left) || containsAwait(expr.right);
		case 'attribute':
			return containsAwait(expr.object);
		case 'tuple':
		case 'list':
			return expr.elts.some(containsAwait);
		default:
			return false;
	}
}

function describeTargets(targets: readonly Expr[]): string {
	return targets.map(target => (target.kind === 'name' ? target.id : target.kind === 'attribute' ? `.${target.name}` : target.kind === 'subscript' ? 'an item' : 'the names')).join(' and ');
}

function calleeName(expr: Expr): string | undefined {
	if (expr.kind !== 'call') return undefined;
	if (expr.func.kind === 'name') return expr.func.id;
	if (expr.func.kind === 'attribute') return expr.func.object.kind === 'name' ? `${expr.func.object.id}.${expr.func.name}` : expr.func.name;
	return undefined;
}

/** One sentence saying why a statement step happens, decided once per statement at compile time. */
export function statementNarration(statement: Stmt): string {
	switch (statement.kind) {
		case 'expr': {
			if (containsAwait(statement.value)) return 'await: the coroutine runs the awaitable and suspends here if it is not done yet';
			const callee = calleeName(statement.value);
			if (callee === 'print') return 'Python evaluates the arguments and calls print()';
			if (callee === 'asyncio.run') return 'asyncio.run() starts an event loop and runs the coroutine in it until it is done';
			if (callee === 'time.sleep') return 'time.sleep() blocks the whole thread: no other task or callback can run meanwhile';
			if (callee) return `Python calls ${callee}()`;
			return 'Python evaluates the expression';
		}
		case 'assign':
			if (containsAwait(statement.value)) return `await: the value for ${describeTargets(statement.targets)} comes when the awaitable is done`;
			return `Python evaluates the right-hand side and binds it to ${describeTargets(statement.targets)}`;
		case 'augAssign':
			return `Python updates ${describeTargets([statement.target])} in place (${statement.op}=)`;
		case 'annAssign':
			return `Python binds the annotated name ${describeTargets([statement.target])}`;
		case 'if':
			return 'Python tests the if condition to choose a branch';
		case 'while':
			return 'The while loop tests its condition';
		case 'for':
			return statement.isAsync ? 'async for awaits the next item from the asynchronous iterator' : 'The for loop takes the next item from its iterator';
		case 'def':
			return `def creates the ${statement.isAsync ? 'coroutine function' : 'function'} ${statement.name} and binds its name`;
		case 'class':
			return `class runs the body of ${statement.name} and creates the class`;
		case 'return':
			return containsAwait(statement.value) ? 'await, then return the result to the caller' : 'return hands the value back to the caller';
		case 'pass':
			return 'pass does nothing';
		case 'break':
			return 'break leaves the loop';
		case 'continue':
			return 'continue skips to the next iteration';
		case 'raise':
			return 'raise throws an exception; Python unwinds until an except clause matches';
		case 'try':
			return 'Python enters the try block; its except clauses watch for exceptions';
		case 'with':
			return statement.isAsync ? 'async with awaits the context manager’s __aenter__' : 'with calls the context manager’s __enter__';
		case 'global':
		case 'nonlocal':
			return `${statement.kind} declares where the names live`;
		case 'import':
		case 'importFrom':
			return 'import binds a module (simulated by loopstep)';
		case 'assert':
			return 'assert checks its condition';
		case 'delete':
			return 'del unbinds the names or items';
	}
}
