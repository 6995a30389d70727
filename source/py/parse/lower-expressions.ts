import {SourceError} from '../../plan/index.js';
import type {Argument, BinaryOperator, CallExpr, CompareOperator, Comprehension, ComprehensionExpr, DictItem, Expr, FStringExpr, FStringField, Parameter, Parameters} from './ast.js';
import type {SyntaxNode} from './parse-tree.js';
import {decodeEscapes, parsePrefix} from './string-literals.js';

export function unsupported(node: SyntaxNode, what: string): never {
	throw new SourceError('UnsupportedError', `${what} is not supported by loopstep`, node.startPosition.row + 1, node.startPosition.column + 1);
}

export function syntaxError(node: SyntaxNode, message: string): never {
	throw new SourceError('SyntaxError', message, node.startPosition.row + 1, node.startPosition.column + 1);
}

export function at(node: SyntaxNode): {line: number; col: number; endLine: number; endCol: number} {
	return {line: node.startPosition.row + 1, col: node.startPosition.column + 1, endLine: node.endPosition.row + 1, endCol: node.endPosition.column + 1};
}

/** Named children without comments, which tree-sitter attaches anywhere. */
export function named(node: SyntaxNode): SyntaxNode[] {
	return node.namedChildren.filter(child => child.type !== 'comment');
}

function field(node: SyntaxNode, name: string): SyntaxNode {
	const child = node.childForFieldName(name);
	if (!child) syntaxError(node, 'invalid syntax');
	return child;
}

export function lowerExpr(node: SyntaxNode): Expr {
	const loc = at(node);
	switch (node.type) {
		case 'identifier':
			return {kind: 'name', id: node.text, ...loc};
		case 'integer':
			return lowerInteger(node);
		case 'float':
			return {kind: 'const', value: {type: 'float', value: Number(node.text.replace(/_/g, ''))}, ...loc};
		case 'true':
			return {kind: 'const', value: {type: 'bool', value: true}, ...loc};
		case 'false':
			return {kind: 'const', value: {type: 'bool', value: false}, ...loc};
		case 'none':
			return {kind: 'const', value: {type: 'none'}, ...loc};
		case 'ellipsis':
			return {kind: 'const', value: {type: 'ellipsis'}, ...loc};
		case 'string':
		case 'concatenated_string':
			return lowerStrings(node.type === 'string' ? [node] : named(node), node);
		case 'parenthesized_expression': {
			const inner = named(node)[0];
			if (!inner) syntaxError(node, 'invalid syntax');
			return lowerExpr(inner);
		}
		case 'binary_operator':
			return {kind: 'binop', op: field(node, 'operator').type as BinaryOperator, left: lowerExpr(field(node, 'left')), right: lowerExpr(field(node, 'right')), ...loc};
		case 'unary_operator':
			return {kind: 'unary', op: field(node, 'operator').type as '-' | '+' | '~', operand: lowerExpr(field(node, 'argument')), ...loc};
		case 'not_operator':
			return {kind: 'unary', op: 'not', operand: lowerExpr(field(node, 'argument')), ...loc};
		case 'boolean_operator':
			return {kind: 'boolop', op: field(node, 'operator').type as 'and' | 'or', left: lowerExpr(field(node, 'left')), right: lowerExpr(field(node, 'right')), ...loc};
		case 'comparison_operator':
			return lowerComparison(node);
		case 'call':
			return lowerCall(node);
		case 'attribute':
			return {kind: 'attribute', object: lowerExpr(field(node, 'object')), name: field(node, 'attribute').text, ...loc};
		case 'subscript': {
			const indexes = node.childrenForFieldName('subscript').filter(child => child.type !== 'comment');
			const index: Expr = indexes.length === 1 && !hasTrailingComma(node) ? lowerExpr(indexes[0]!) : {kind: 'tuple', elts: indexes.map(lowerExpr), ...at(indexes[0] ?? node)};
			return {kind: 'subscript', object: lowerExpr(field(node, 'value')), index, ...loc};
		}
		case 'slice':
			return lowerSlice(node);
		case 'list':
		case 'set':
		case 'tuple':
		case 'expression_list':
		case 'pattern_list':
		case 'tuple_pattern':
		case 'list_pattern':
			return {kind: node.type === 'list' || node.type === 'list_pattern' ? 'list' : node.type === 'set' ? 'set' : 'tuple', elts: named(node).map(lowerExpr), ...loc};
		case 'dictionary':
			return {kind: 'dict', items: named(node).map(lowerDictItem), ...loc};
		case 'list_splat':
		case 'list_splat_pattern':
			return {kind: 'starred', value: lowerExpr(named(node)[0]!), ...loc};
		case 'list_comprehension':
		case 'set_comprehension':
		case 'dictionary_comprehension':
		case 'generator_expression':
			return lowerComprehension(node);
		case 'lambda':
			return {kind: 'lambda', params: lowerParameters(node.childForFieldName('parameters')), body: lowerExpr(field(node, 'body')), ...loc};
		case 'conditional_expression': {
			const [body, test, orelse] = named(node);
			return {kind: 'ifexp', body: lowerExpr(body!), test: lowerExpr(test!), orelse: lowerExpr(orelse!), ...loc};
		}
		case 'await':
			return {kind: 'await', value: lowerExpr(named(node)[0]!), ...loc};
		case 'yield': {
			const value = named(node)[0];
			if (node.children.some(child => child.type === 'from')) return {kind: 'yieldFrom', value: lowerExpr(value!), ...loc};
			return {kind: 'yield', value: value ? lowerExpr(value) : null, ...loc};
		}
		case 'named_expression':
			return {kind: 'walrus', target: {kind: 'name', id: field(node, 'name').text, ...at(field(node, 'name'))}, value: lowerExpr(field(node, 'value')), ...loc};
		case 'keyword_argument':
			return syntaxError(node, 'invalid syntax');
		case 'as_pattern_target':
		case 'pattern':
			return lowerExpr(named(node)[0]!);
		case 'ERROR':
			return syntaxError(node, 'invalid syntax');
		default:
			return unsupported(node, `the expression "${node.type.replace(/_/g, ' ')}"`);
	}
}

function hasTrailingComma(subscript: SyntaxNode): boolean {
	const children = subscript.children;
	return children.length >= 2 && children[children.length - 2]!.type === ',';
}

function lowerInteger(node: SyntaxNode): Expr {
	const text = node.text.replace(/_/g, '').toLowerCase();
	if (text.endsWith('j')) unsupported(node, 'complex numbers');
	if (/^0[0-7]+$/.test(text) && !/^0+$/.test(text)) syntaxError(node, 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers');
	const big = BigInt(text);
	const value = big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
	return {kind: 'const', value: {type: 'int', value}, ...at(node)};
}

function lowerComparison(node: SyntaxNode): Expr {
	const operands: Expr[] = [];
	const ops: CompareOperator[] = [];
	for (let index = 0; index < node.childCount; index++) {
		const child = node.child(index)!;
		if (node.fieldNameForChild(index) === 'operators') ops.push(child.text.replace(/\s+/g, ' ') as CompareOperator);
		else if (child.isNamed && child.type !== 'comment') operands.push(lowerExpr(child));
	}
	return {kind: 'compare', left: operands[0]!, ops, comparators: operands.slice(1), ...at(node)};
}

function lowerCall(node: SyntaxNode): Expr {
	const funcNode = field(node, 'function');
	const argsNode = field(node, 'arguments');
	const args: Argument[] = argsNode.type === 'generator_expression' ? [{kind: 'positional', value: lowerComprehension(argsNode)}] : lowerArguments(argsNode);
	// tree-sitter-python reads `[*f(x)]` as a call whose function is `*f`: it is `*(f(x))`.
	if (funcNode.type === 'list_splat') {
		const call: CallExpr = {kind: 'call', func: lowerExpr(named(funcNode)[0]!), args, ...at(node)};
		return {kind: 'starred', value: call, ...at(node)};
	}
	return {kind: 'call', func: lowerExpr(funcNode), args, ...at(node)};
}

export function lowerArguments(list: SyntaxNode): Argument[] {
	return named(list).map((arg): Argument => {
		switch (arg.type) {
			case 'list_splat':
				return {kind: 'star', value: lowerExpr(named(arg)[0]!)};
			case 'dictionary_splat':
				return {kind: 'doubleStar', value: lowerExpr(named(arg)[0]!)};
			case 'keyword_argument':
				return {kind: 'keyword', name: field(arg, 'name').text, value: lowerExpr(field(arg, 'value'))};
			default:
				return {kind: 'positional', value: lowerExpr(arg)};
		}
	});
}

function lowerSlice(node: SyntaxNode): Expr {
	const parts: (Expr | null)[] = [null, null, null];
	let slot = 0;
	for (const child of node.children) {
		if (child.type === ':') slot++;
		else if (child.isNamed && child.type !== 'comment') parts[slot] = lowerExpr(child);
	}
	return {kind: 'slice', lower: parts[0]!, upper: parts[1]!, step: parts[2]!, ...at(node)};
}

function lowerDictItem(item: SyntaxNode): DictItem {
	if (item.type === 'dictionary_splat') return {kind: 'doubleStar', value: lowerExpr(named(item)[0]!)};
	if (item.type !== 'pair') syntaxError(item, 'invalid syntax');
	return {kind: 'pair', key: lowerExpr(field(item, 'key')), value: lowerExpr(field(item, 'value'))};
}

function lowerComprehension(node: SyntaxNode): ComprehensionExpr {
	const kinds: Record<string, ComprehensionExpr['type']> = {list_comprehension: 'list', set_comprehension: 'set', dictionary_comprehension: 'dict', generator_expression: 'generator'};
	const type = kinds[node.type]!;
	const body = field(node, 'body');
	const generators: Comprehension[] = [];
	for (const clause of named(node).slice(1)) {
		if (clause.type === 'for_in_clause') {
			generators.push({
				target: lowerExpr(field(clause, 'left')),
				iter: lowerExpr(field(clause, 'right')),
				ifs: [],
				isAsync: clause.children.some(child => child.type === 'async'),
			});
		} else if (clause.type === 'if_clause') {
			(generators[generators.length - 1]!.ifs as Expr[]).push(lowerExpr(named(clause)[0]!));
		}
	}
	if (type === 'dict') {
		return {kind: 'comprehension', type, elt: lowerExpr(field(body, 'key')), value: lowerExpr(field(body, 'value')), generators, ...at(node)};
	}
	return {kind: 'comprehension', type, elt: lowerExpr(body), value: null, generators, ...at(node)};
}

export function lowerParameters(node: SyntaxNode | null): Parameters {
	const positionalOnly: Parameter[] = [];
	let positional: Parameter[] = [];
	const keywordOnly: Parameter[] = [];
	let varargs: string | null = null;
	let kwargs: string | null = null;
	let afterStar = false;
	for (const child of node ? named(node) : []) {
		const line = child.startPosition.row + 1;
		switch (child.type) {
			case 'identifier':
				(afterStar ? keywordOnly : positional).push({name: child.text, default: null, line});
				break;
			case 'typed_parameter': {
				const inner = named(child)[0]!;
				if (inner.type === 'list_splat_pattern') {
					varargs = named(inner)[0]!.text;
					afterStar = true;
				} else if (inner.type === 'dictionary_splat_pattern') {
					kwargs = named(inner)[0]!.text;
				} else {
					(afterStar ? keywordOnly : positional).push({name: inner.text, default: null, line});
				}
				break;
			}
			case 'default_parameter':
			case 'typed_default_parameter':
				(afterStar ? keywordOnly : positional).push({name: field(child, 'name').text, default: lowerExpr(field(child, 'value')), line});
				break;
			case 'list_splat_pattern':
				varargs = named(child)[0]!.text;
				afterStar = true;
				break;
			case 'dictionary_splat_pattern':
				kwargs = named(child)[0]!.text;
				break;
			case 'keyword_separator':
				afterStar = true;
				break;
			case 'positional_separator':
				positionalOnly.push(...positional);
				positional = [];
				break;
			default:
				unsupported(child, `the parameter form "${child.type.replace(/_/g, ' ')}"`);
		}
	}
	return {positionalOnly, positional, varargs, keywordOnly, kwargs};
}

/** Adjacent literals concatenate; any f-string among them makes the whole an f-string. */
function lowerStrings(strings: SyntaxNode[], whole: SyntaxNode): Expr {
	const parts: (string | FStringField)[] = [];
	let isBytes = false;
	let isFormat = false;
	for (const node of strings) {
		const children = node.children;
		const start = children[0]!.text;
		const prefix = parsePrefix(start);
		isBytes ||= prefix.bytes;
		isFormat ||= prefix.format;
		for (const child of children.slice(1, -1)) {
			if (child.type === 'string_content') {
				let text = prefix.raw ? child.text : decodeEscapes(child.text, prefix.bytes);
				if (prefix.format) text = text.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
				appendText(parts, text);
			} else if (child.type === 'interpolation') {
				parts.push(lowerInterpolation(child));
			} else if (child.type === 'escape_interpolation') {
				appendText(parts, child.text[0]!);
			}
		}
	}
	const loc = at(whole);
	if (isFormat) return {kind: 'fstring', parts, ...loc};
	const text = parts.join('');
	if (isBytes) return {kind: 'const', value: {type: 'bytes', value: Uint8Array.from(text, char => char.charCodeAt(0) & 0xff)}, ...loc};
	return {kind: 'const', value: {type: 'str', value: text}, ...loc};
}

function appendText(parts: (string | FStringField)[], text: string): void {
	if (typeof parts[parts.length - 1] === 'string') parts[parts.length - 1] += text;
	else parts.push(text);
}

function lowerInterpolation(node: SyntaxNode): FStringField {
	const expression = field(node, 'expression');
	const conversionNode = node.childForFieldName('type_conversion');
	const specNode = node.childForFieldName('format_specifier');
	const equals = node.children.find(child => child.type === '=');
	// `f"{x + 1 = }"` prints the expression text with its spacing, up to the conversion or spec.
	const selfDoc = equals ? node.text.slice(1, equals.endIndex - node.startIndex) + (/^\s*/.exec(node.text.slice(equals.endIndex - node.startIndex))![0]) : null;
	let spec: FStringExpr | null = null;
	if (specNode) {
		const parts: (string | FStringField)[] = [];
		const text = specNode.text;
		let cursor = specNode.startIndex + 1;
		for (const child of named(specNode)) {
			if (child.startIndex > cursor) appendText(parts, text.slice(cursor - specNode.startIndex, child.startIndex - specNode.startIndex));
			if (child.type === 'format_expression') parts.push({expr: lowerExpr(field(child, 'expression')), conversion: null, spec: null, selfDoc: null});
			cursor = child.endIndex;
		}
		if (specNode.endIndex > cursor) appendText(parts, text.slice(cursor - specNode.startIndex));
		spec = {kind: 'fstring', parts, ...at(specNode)};
	}
	const conversion = conversionNode ? (conversionNode.text.slice(1) as 'r' | 's' | 'a') : selfDoc && !specNode ? 'r' : null;
	return {expr: lowerExpr(expression), conversion, spec, selfDoc};
}
