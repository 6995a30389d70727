import type {
	ArrayExpression,
	ArrowFunctionExpression,
	AssignmentExpression,
	AwaitExpression,
	BinaryExpression,
	CallExpression,
	ChainExpression,
	ClassExpression,
	ConditionalExpression,
	FunctionExpression,
	Identifier,
	Literal,
	LogicalExpression,
	MemberExpression,
	MetaProperty,
	NewExpression,
	Node,
	ObjectExpression,
	SequenceExpression,
	TaggedTemplateExpression,
	TemplateLiteral,
	UnaryExpression,
	UpdateExpression,
	YieldExpression,
	ParenthesizedExpression,
} from 'acorn';
import {compileArrayExpression, compileSuspendableArrayExpression} from '../expressions/array-expression.js';
import {compileAssignmentExpression, compileSuspendableAssignmentExpression, compileUpdateExpression} from '../expressions/assignment-expression.js';
import {compileCallExpression, compileNewExpression, compileSuspendableCallExpression, compileSuspendableNewExpression} from '../expressions/call-expression.js';
import {compileChainExpression, compileSuspendableChainExpression} from '../expressions/chain-expression.js';
import {compileClass} from '../expressions/class-expression.js';
import {compileFunctionExpression} from '../expressions/function-expression.js';
import {compileIdentifier} from '../expressions/identifier.js';
import {compileLiteral} from '../expressions/literal.js';
import {compileMemberExpression, compileSuspendableMemberExpression} from '../expressions/member-expression.js';
import {compileObjectExpression, compileSuspendableObjectExpression} from '../expressions/object-expression.js';
import {
	compileBinaryExpression,
	compileConditionalExpression,
	compileLogicalExpression,
	compileSequenceExpression,
	compileSuspendableBinaryExpression,
	compileSuspendableConditionalExpression,
	compileSuspendableLogicalExpression,
	compileSuspendableSequenceExpression,
	compileSuspendableUnaryExpression,
	compileUnaryExpression,
} from '../expressions/operator-expressions.js';
import {compileAwaitExpression, compileMetaProperty, compileYieldExpression} from '../expressions/suspend-expressions.js';
import {compileSuspendableTemplateLiteral, compileTaggedTemplate, compileTemplateLiteral} from '../expressions/template-literal.js';
import {compileThisExpression} from '../expressions/this-expression.js';
import type {Evaluator, SuspendableEvaluator} from './compiled.js';
import type {Compiler} from './compiler.js';

/** Dispatch only: one ESTree expression type to its production. */
export function compileExpression(c: Compiler, node: Node): Evaluator {
	switch (node.type) {
		case 'Literal':
			return compileLiteral(c, node as Literal);
		case 'Identifier':
			return compileIdentifier(c, node as Identifier);
		case 'ThisExpression':
			return compileThisExpression(c, node);
		case 'TemplateLiteral':
			return compileTemplateLiteral(c, node as TemplateLiteral);
		case 'TaggedTemplateExpression':
			return compileTaggedTemplate(c, node as TaggedTemplateExpression);
		case 'ArrayExpression':
			return compileArrayExpression(c, node as ArrayExpression);
		case 'ObjectExpression':
			return compileObjectExpression(c, node as ObjectExpression);
		case 'FunctionExpression':
		case 'ArrowFunctionExpression':
			return compileFunctionExpression(c, node as FunctionExpression | ArrowFunctionExpression);
		case 'ClassExpression':
			return compileClass(c, node as ClassExpression, '');
		case 'UnaryExpression':
			return compileUnaryExpression(c, node as UnaryExpression);
		case 'UpdateExpression':
			return compileUpdateExpression(c, node as UpdateExpression);
		case 'BinaryExpression':
			return compileBinaryExpression(c, node as BinaryExpression);
		case 'LogicalExpression':
			return compileLogicalExpression(c, node as LogicalExpression);
		case 'ConditionalExpression':
			return compileConditionalExpression(c, node as ConditionalExpression);
		case 'AssignmentExpression':
			return compileAssignmentExpression(c, node as AssignmentExpression);
		case 'SequenceExpression':
			return compileSequenceExpression(c, node as SequenceExpression);
		case 'MemberExpression':
			return compileMemberExpression(c, node as MemberExpression);
		case 'CallExpression':
			return compileCallExpression(c, node as CallExpression);
		case 'NewExpression':
			return compileNewExpression(c, node as NewExpression);
		case 'ChainExpression':
			return compileChainExpression(c, node as ChainExpression);
		case 'MetaProperty':
			return compileMetaProperty(c, node as MetaProperty);
		case 'ParenthesizedExpression':
			return c.expression((node as ParenthesizedExpression).expression);
		case 'ImportExpression':
			return c.unsupported(node, 'dynamic import()');
		default:
			return c.unsupported(node, `the expression ${node.type}`);
	}
}

/** Dispatch for expressions that contain await or yield. */
export function compileSuspendableExpression(c: Compiler, node: Node): SuspendableEvaluator {
	switch (node.type) {
		case 'AwaitExpression':
			return compileAwaitExpression(c, node as AwaitExpression);
		case 'YieldExpression':
			return compileYieldExpression(c, node as YieldExpression);
		case 'TemplateLiteral':
			return compileSuspendableTemplateLiteral(c, node as TemplateLiteral);
		case 'ArrayExpression':
			return compileSuspendableArrayExpression(c, node as ArrayExpression);
		case 'ObjectExpression':
			return compileSuspendableObjectExpression(c, node as ObjectExpression);
		case 'UnaryExpression':
			return compileSuspendableUnaryExpression(c, node as UnaryExpression);
		case 'BinaryExpression':
			return compileSuspendableBinaryExpression(c, node as BinaryExpression);
		case 'LogicalExpression':
			return compileSuspendableLogicalExpression(c, node as LogicalExpression);
		case 'ConditionalExpression':
			return compileSuspendableConditionalExpression(c, node as ConditionalExpression);
		case 'AssignmentExpression':
			return compileSuspendableAssignmentExpression(c, node as AssignmentExpression);
		case 'SequenceExpression':
			return compileSuspendableSequenceExpression(c, node as SequenceExpression);
		case 'MemberExpression':
			return compileSuspendableMemberExpression(c, node as MemberExpression);
		case 'CallExpression':
			return compileSuspendableCallExpression(c, node as CallExpression);
		case 'NewExpression':
			return compileSuspendableNewExpression(c, node as NewExpression);
		case 'ChainExpression':
			return compileSuspendableChainExpression(c, node as ChainExpression);
		case 'ParenthesizedExpression':
			return c.suspendableExpression((node as ParenthesizedExpression).expression);
		default:
			return c.unsupported(node, `await or yield inside ${node.type}`);
	}
}
