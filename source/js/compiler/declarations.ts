import type {Node, Pattern, Statement, VariableDeclaration, FunctionDeclaration, ClassDeclaration, ModuleDeclaration} from 'acorn';

/** BoundNames (§8.2.1) of a binding pattern. */
export function boundNames(pattern: Pattern | Node, names: string[] = []): string[] {
	switch (pattern.type) {
		case 'Identifier':
			names.push((pattern as {name: string} & Node).name);
			break;
		case 'ObjectPattern':
			for (const property of (pattern as Extract<Pattern, {type: 'ObjectPattern'}>).properties) {
				boundNames(property.type === 'RestElement' ? property.argument : property.value, names);
			}
			break;
		case 'ArrayPattern':
			for (const element of (pattern as Extract<Pattern, {type: 'ArrayPattern'}>).elements) if (element) boundNames(element, names);
			break;
		case 'RestElement':
			boundNames((pattern as Extract<Pattern, {type: 'RestElement'}>).argument, names);
			break;
		case 'AssignmentPattern':
			boundNames((pattern as Extract<Pattern, {type: 'AssignmentPattern'}>).left, names);
			break;
		default:
			break;
	}
	return names;
}

type AnyStatement = Statement | ModuleDeclaration;

/** VarDeclaredNames (§8.2.6): `var` names of a body, through nested blocks but not functions. */
export function varDeclaredNames(statements: readonly AnyStatement[]): string[] {
	const names: string[] = [];
	const visit = (node: Node | null | undefined): void => {
		if (!node) return;
		switch (node.type) {
			case 'VariableDeclaration': {
				const declaration = node as VariableDeclaration;
				if (declaration.kind === 'var') for (const declarator of declaration.declarations) boundNames(declarator.id, names);
				return;
			}
			case 'BlockStatement':
				for (const statement of (node as Extract<Statement, {type: 'BlockStatement'}>).body) visit(statement);
				return;
			case 'IfStatement': {
				const statement = node as Extract<Statement, {type: 'IfStatement'}>;
				visit(statement.consequent);
				visit(statement.alternate);
				return;
			}
			case 'ForStatement': {
				const statement = node as Extract<Statement, {type: 'ForStatement'}>;
				visit(statement.init);
				visit(statement.body);
				return;
			}
			case 'ForInStatement':
			case 'ForOfStatement': {
				const statement = node as Extract<Statement, {type: 'ForInStatement'}>;
				visit(statement.left);
				visit(statement.body);
				return;
			}
			case 'WhileStatement':
			case 'DoWhileStatement':
				visit((node as Extract<Statement, {type: 'WhileStatement'}>).body);
				return;
			case 'LabeledStatement':
				visit((node as Extract<Statement, {type: 'LabeledStatement'}>).body);
				return;
			case 'TryStatement': {
				const statement = node as Extract<Statement, {type: 'TryStatement'}>;
				visit(statement.block);
				visit(statement.handler?.body);
				visit(statement.finalizer);
				return;
			}
			case 'SwitchStatement':
				for (const switchCase of (node as Extract<Statement, {type: 'SwitchStatement'}>).cases) for (const statement of switchCase.consequent) visit(statement);
				return;
			case 'ExportNamedDeclaration':
				visit((node as Extract<ModuleDeclaration, {type: 'ExportNamedDeclaration'}>).declaration);
				return;
			default:
				return;
		}
	};
	for (const statement of statements) visit(statement);
	return names;
}

/** LexicallyScopedDeclarations (§8.2.4) directly in a statement list. */
export interface LexicalDeclarations {
	readonly lets: string[];
	readonly consts: string[];
	readonly classes: string[];
	readonly functions: FunctionDeclaration[];
}

export function lexicalDeclarations(statements: readonly AnyStatement[]): LexicalDeclarations {
	const result: LexicalDeclarations = {lets: [], consts: [], classes: [], functions: []};
	for (let statement of statements) {
		if ((statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') && statement.declaration) {
			statement = statement.declaration as AnyStatement;
		}
		if (statement.type === 'VariableDeclaration' && statement.kind !== 'var') {
			const target = statement.kind === 'const' ? result.consts : result.lets;
			for (const declarator of statement.declarations) boundNames(declarator.id, target);
		} else if (statement.type === 'ClassDeclaration' && (statement as ClassDeclaration).id) {
			result.classes.push((statement as ClassDeclaration).id!.name);
		} else if (statement.type === 'FunctionDeclaration' && (statement as FunctionDeclaration).id) {
			result.functions.push(statement as FunctionDeclaration);
		}
	}
	return result;
}
