import type {BinaryOperator, ExceptHandler, Expr, Module, Stmt, WithItem} from './ast.js';
import {at, lowerArguments, lowerExpr, lowerParameters, named, syntaxError, unsupported} from './lower-expressions.js';
import type {SyntaxNode} from './parse-tree.js';

/** Lowers tree-sitter's `module` node into our AST: the only place that reads the CST. */
export function lowerModule(root: SyntaxNode): Module {
	return {body: lowerBlock(root)};
}

function lowerBlock(node: SyntaxNode | null): Stmt[] {
	if (!node) return [];
	const statements: Stmt[] = [];
	for (const child of named(node)) statements.push(...lowerStatement(child));
	return statements;
}

function body(node: SyntaxNode): Stmt[] {
	const block = node.childForFieldName('body') ?? node.childForFieldName('consequence') ?? named(node).find(child => child.type === 'block') ?? null;
	return lowerBlock(block);
}

function lowerStatement(node: SyntaxNode): Stmt[] {
	const loc = at(node);
	switch (node.type) {
		case 'expression_statement':
			return named(node).map(child => lowerExpressionStatement(child));
		case 'pass_statement':
			return [{kind: 'pass', ...loc}];
		case 'break_statement':
			return [{kind: 'break', ...loc}];
		case 'continue_statement':
			return [{kind: 'continue', ...loc}];
		case 'return_statement': {
			const value = named(node)[0];
			return [{kind: 'return', value: value ? lowerExpr(value) : null, ...loc}];
		}
		case 'if_statement':
			return [lowerIf(node)];
		case 'while_statement':
			return [{kind: 'while', test: lowerExpr(node.childForFieldName('condition')!), body: body(node), orelse: elseOf(node), ...loc}];
		case 'for_statement':
			return [
				{
					kind: 'for',
					target: lowerExpr(node.childForFieldName('left')!),
					iter: lowerExpr(node.childForFieldName('right')!),
					body: body(node),
					orelse: elseOf(node),
					isAsync: node.children[0]?.type === 'async',
					...loc,
				},
			];
		case 'function_definition':
			return [lowerFunction(node, [])];
		case 'class_definition':
			return [lowerClass(node, [])];
		case 'decorated_definition': {
			const decorators = named(node)
				.filter(child => child.type === 'decorator')
				.map(decorator => lowerExpr(named(decorator)[0]!));
			const definition = node.childForFieldName('definition')!;
			return [definition.type === 'class_definition' ? lowerClass(definition, decorators) : lowerFunction(definition, decorators)];
		}
		case 'raise_statement': {
			const cause = node.childForFieldName('cause');
			const exc = named(node).find(child => child !== cause && child.startIndex !== cause?.startIndex);
			return [{kind: 'raise', exc: exc ? lowerExpr(exc) : null, cause: cause ? lowerExpr(cause) : null, ...loc}];
		}
		case 'try_statement':
			return [lowerTry(node)];
		case 'with_statement':
			return [lowerWith(node)];
		case 'global_statement':
		case 'nonlocal_statement':
			return [{kind: node.type === 'global_statement' ? 'global' : 'nonlocal', names: named(node).map(child => child.text), ...loc}];
		case 'import_statement':
			return [
				{
					kind: 'import',
					names: node.childrenForFieldName('name').map(name =>
						name.type === 'aliased_import' ? {module: name.childForFieldName('name')!.text, asname: name.childForFieldName('alias')!.text} : {module: name.text, asname: null},
					),
					...loc,
				},
			];
		case 'import_from_statement': {
			const moduleNode = node.childForFieldName('module_name')!;
			if (moduleNode.type === 'relative_import') unsupported(node, 'relative import');
			if (named(node).some(child => child.type === 'wildcard_import')) return [{kind: 'importFrom', module: moduleNode.text, names: [{name: '*', asname: null}], ...loc}];
			return [
				{
					kind: 'importFrom',
					module: moduleNode.text,
					names: node.childrenForFieldName('name').map(name =>
						name.type === 'aliased_import' ? {name: name.childForFieldName('name')!.text, asname: name.childForFieldName('alias')!.text} : {name: name.text, asname: null},
					),
					...loc,
				},
			];
		}
		case 'future_import_statement':
			return [{kind: 'pass', ...loc}];
		case 'assert_statement': {
			const [test, msg] = named(node);
			return [{kind: 'assert', test: lowerExpr(test!), msg: msg ? lowerExpr(msg) : null, ...loc}];
		}
		case 'delete_statement': {
			const target = named(node)[0]!;
			const targets = target.type === 'expression_list' ? named(target).map(lowerExpr) : [lowerExpr(target)];
			return [{kind: 'delete', targets, ...loc}];
		}
		case 'ERROR':
			return syntaxError(node, 'invalid syntax');
		case 'print_statement':
		case 'exec_statement':
			return syntaxError(node, `Missing parentheses in call to '${node.children[0]!.text}'. Did you mean ${node.children[0]!.text}(...)?`);
		case 'match_statement':
			return unsupported(node, 'the match statement');
		default:
			return unsupported(node, `the statement "${node.type.replace(/_/g, ' ')}"`);
	}
}

function lowerExpressionStatement(node: SyntaxNode): Stmt {
	const loc = at(node);
	if (node.type === 'assignment') {
		const targets: Expr[] = [];
		let current: SyntaxNode = node;
		while (current.type === 'assignment') {
			const right = current.childForFieldName('right');
			const annotation = current.childForFieldName('type');
			if (annotation) {
				return {kind: 'annAssign', target: lowerExpr(current.childForFieldName('left')!), annotation: lowerExpr(named(annotation)[0]!), value: right ? lowerExpr(right) : null, ...loc};
			}
			targets.push(lowerExpr(current.childForFieldName('left')!));
			current = right!;
		}
		return {kind: 'assign', targets, value: lowerExpr(current), ...loc};
	}
	if (node.type === 'augmented_assignment') {
		const op = node.childForFieldName('operator')!.text.slice(0, -1) as BinaryOperator;
		return {kind: 'augAssign', target: lowerExpr(node.childForFieldName('left')!), op, value: lowerExpr(node.childForFieldName('right')!), ...loc};
	}
	return {kind: 'expr', value: lowerExpr(node), ...loc};
}

function elseOf(node: SyntaxNode): Stmt[] {
	const alternative = node.childForFieldName('alternative');
	return alternative ? body(alternative) : [];
}

function lowerIf(node: SyntaxNode): Stmt {
	const alternatives = node.childrenForFieldName('alternative');
	let orelse: Stmt[] = [];
	for (let index = alternatives.length - 1; index >= 0; index--) {
		const clause = alternatives[index]!;
		if (clause.type === 'else_clause') orelse = body(clause);
		else orelse = [{kind: 'if', test: lowerExpr(clause.childForFieldName('condition')!), body: body(clause), orelse, ...at(clause)}];
	}
	return {kind: 'if', test: lowerExpr(node.childForFieldName('condition')!), body: body(node), orelse, ...at(node)};
}

function lowerFunction(node: SyntaxNode, decorators: Expr[]): Stmt {
	return {
		kind: 'def',
		name: node.childForFieldName('name')!.text,
		params: lowerParameters(node.childForFieldName('parameters')),
		body: body(node),
		decorators,
		isAsync: node.children[0]?.type === 'async',
		...at(node),
	};
}

function lowerClass(node: SyntaxNode, decorators: Expr[]): Stmt {
	const superclasses = node.childForFieldName('superclasses');
	return {kind: 'class', name: node.childForFieldName('name')!.text, bases: superclasses ? lowerArguments(superclasses) : [], body: body(node), decorators, ...at(node)};
}

function lowerTry(node: SyntaxNode): Stmt {
	const handlers: ExceptHandler[] = [];
	let orelse: Stmt[] = [];
	let finalbody: Stmt[] = [];
	for (const clause of named(node)) {
		if (clause.type === 'except_clause') {
			const star = clause.children.some(child => child.type === '*');
			const value = clause.childForFieldName('value') ?? named(clause).find(child => child.type !== 'block') ?? null;
			let type: Expr | null = null;
			let name: string | null = null;
			if (value?.type === 'as_pattern') {
				type = lowerExpr(named(value)[0]!);
				name = value.childForFieldName('alias')!.text;
			} else if (value) {
				type = lowerExpr(value);
				const alias = clause.childForFieldName('alias');
				if (alias) name = alias.text;
			}
			handlers.push({star, type, name, body: lowerBlock(named(clause).find(child => child.type === 'block') ?? null), ...at(clause)});
		} else if (clause.type === 'else_clause') {
			orelse = body(clause);
		} else if (clause.type === 'finally_clause') {
			finalbody = lowerBlock(named(clause).find(child => child.type === 'block') ?? null);
		}
	}
	return {kind: 'try', body: body(node), handlers, orelse, finalbody, ...at(node)};
}

function lowerWith(node: SyntaxNode): Stmt {
	const clause = named(node).find(child => child.type === 'with_clause')!;
	const items: WithItem[] = named(clause).map(item => {
		const value = item.childForFieldName('value') ?? named(item)[0]!;
		if (value.type === 'as_pattern') return {context: lowerExpr(named(value)[0]!), target: lowerExpr(value.childForFieldName('alias')!)};
		return {context: lowerExpr(value), target: null};
	});
	return {kind: 'with', items, body: body(node), isAsync: node.children[0]?.type === 'async', ...at(node)};
}
