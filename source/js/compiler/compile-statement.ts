import type {
	BlockStatement,
	BreakStatement,
	ClassDeclaration,
	ContinueStatement,
	DoWhileStatement,
	ExportDefaultDeclaration,
	ExportNamedDeclaration,
	ExpressionStatement,
	ForInStatement,
	ForOfStatement,
	ForStatement,
	IfStatement,
	LabeledStatement,
	Node,
	ReturnStatement,
	SwitchStatement,
	ThrowStatement,
	TryStatement,
	VariableDeclaration,
	WhileStatement,
} from 'acorn';
import {compileBlockStatement, compileSuspendableBlockStatement} from '../statements/block-statement.js';
import {compileClassDeclaration} from '../statements/class-declaration.js';
import {compileForInOfStatement, compileSuspendableForInOfStatement} from '../statements/for-in-of-statement.js';
import {compileForStatement, compileSuspendableForStatement} from '../statements/for-statement.js';
import {compileIfStatement, compileSuspendableIfStatement} from '../statements/if-statement.js';
import {compileLabeledStatement, compileSuspendableLabeledStatement} from '../statements/labeled-statement.js';
import {
	compileBreakStatement,
	compileContinueStatement,
	compileExpressionStatement,
	compileReturnStatement,
	compileSuspendableExpressionStatement,
	compileSuspendableReturnStatement,
	compileSuspendableThrowStatement,
	compileThrowStatement,
} from '../statements/simple-statements.js';
import {compileSuspendableSwitchStatement, compileSwitchStatement} from '../statements/switch-statement.js';
import {compileSuspendableTryStatement, compileTryStatement} from '../statements/try-statement.js';
import {compileSuspendableVariableDeclaration, compileVariableDeclaration} from '../statements/variable-declaration.js';
import {compileSuspendableWhileStatement, compileWhileStatement} from '../statements/while-statement.js';
import type {Executor, SuspendableExecutor} from './compiled.js';
import type {Compiler} from './compiler.js';
import {statementNarration} from './statement-narration.js';

/** Dispatch only: one ESTree statement type to its production; simple statements record a step. */
export function compileStatement(c: Compiler, node: Node): Executor {
	switch (node.type) {
		case 'ExpressionStatement':
			return c.stepped(node, statementNarration(c, node), compileExpressionStatement(c, node as ExpressionStatement));
		case 'VariableDeclaration':
			return c.stepped(node, statementNarration(c, node), compileVariableDeclaration(c, node as VariableDeclaration));
		case 'ReturnStatement':
			return c.stepped(node, statementNarration(c, node), compileReturnStatement(c, node as ReturnStatement));
		case 'ThrowStatement':
			return c.stepped(node, statementNarration(c, node), compileThrowStatement(c, node as ThrowStatement));
		case 'IfStatement':
			return c.stepped(node, statementNarration(c, node), compileIfStatement(c, node as IfStatement));
		case 'BreakStatement':
			return c.stepped(node, statementNarration(c, node), compileBreakStatement(c, node as BreakStatement));
		case 'ContinueStatement':
			return c.stepped(node, statementNarration(c, node), compileContinueStatement(c, node as ContinueStatement));
		case 'ClassDeclaration':
			return c.stepped(node, statementNarration(c, node), compileClassDeclaration(c, node as ClassDeclaration));
		case 'SwitchStatement':
			return c.stepped(node, statementNarration(c, node), compileSwitchStatement(c, node as SwitchStatement));
		case 'BlockStatement':
			return compileBlockStatement(c, node as BlockStatement);
		case 'ForStatement':
			return compileForStatement(c, node as ForStatement);
		case 'ForInStatement':
		case 'ForOfStatement':
			return compileForInOfStatement(c, node as ForInStatement | ForOfStatement);
		case 'WhileStatement':
		case 'DoWhileStatement':
			return compileWhileStatement(c, node as WhileStatement | DoWhileStatement);
		case 'TryStatement':
			return compileTryStatement(c, node as TryStatement);
		case 'LabeledStatement':
			return compileLabeledStatement(c, node as LabeledStatement);
		// Hoisted (functions, imports) or without effect: nothing runs when execution reaches them.
		case 'FunctionDeclaration':
		case 'EmptyStatement':
		case 'ImportDeclaration':
		case 'ExportAllDeclaration':
		case 'DebuggerStatement':
			return () => undefined;
		case 'ExportNamedDeclaration':
		case 'ExportDefaultDeclaration': {
			const declaration = (node as ExportNamedDeclaration | ExportDefaultDeclaration).declaration;
			return declaration && declaration.type !== 'FunctionDeclaration' ? c.statement(declaration) : () => undefined;
		}
		case 'WithStatement':
			return c.unsupported(node, 'the with statement');
		default:
			return c.unsupported(node, `the statement ${node.type}`);
	}
}

/** Dispatch for statements that contain await or yield. */
export function compileSuspendableStatement(c: Compiler, node: Node): SuspendableExecutor {
	switch (node.type) {
		case 'ExpressionStatement':
			return c.suspendableStepped(node, statementNarration(c, node), compileSuspendableExpressionStatement(c, node as ExpressionStatement));
		case 'VariableDeclaration':
			return c.suspendableStepped(node, statementNarration(c, node), compileSuspendableVariableDeclaration(c, node as VariableDeclaration));
		case 'ReturnStatement':
			return c.suspendableStepped(node, statementNarration(c, node), compileSuspendableReturnStatement(c, node as ReturnStatement));
		case 'ThrowStatement':
			return c.suspendableStepped(node, statementNarration(c, node), compileSuspendableThrowStatement(c, node as ThrowStatement));
		case 'IfStatement':
			return c.suspendableStepped(node, statementNarration(c, node), compileSuspendableIfStatement(c, node as IfStatement));
		case 'SwitchStatement':
			return c.suspendableStepped(node, statementNarration(c, node), compileSuspendableSwitchStatement(c, node as SwitchStatement));
		case 'BlockStatement':
			return compileSuspendableBlockStatement(c, node as BlockStatement);
		case 'ForStatement':
			return compileSuspendableForStatement(c, node as ForStatement);
		case 'ForInStatement':
		case 'ForOfStatement':
			return compileSuspendableForInOfStatement(c, node as ForInStatement | ForOfStatement);
		case 'WhileStatement':
		case 'DoWhileStatement':
			return compileSuspendableWhileStatement(c, node as WhileStatement | DoWhileStatement);
		case 'TryStatement':
			return compileSuspendableTryStatement(c, node as TryStatement);
		case 'LabeledStatement':
			return compileSuspendableLabeledStatement(c, node as LabeledStatement);
		case 'ExportNamedDeclaration':
		case 'ExportDefaultDeclaration':
			return c.suspendableStatement((node as ExportNamedDeclaration).declaration!);
		default:
			return c.unsupported(node, `await or yield inside ${node.type}`);
	}
}
