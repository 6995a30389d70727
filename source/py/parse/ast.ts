/**
 * loopstep's own small Python AST, lowered once from tree-sitter's CST (see lower-module.ts).
 * Names follow CPython's `ast` module where they exist (`BinOp`, `Compare`, `AugAssign`...).
 * Lines and columns are 1-based.
 */

export interface Located {
	readonly line: number;
	readonly col: number;
	/** Where the node ends (the column just past it), for traceback carets; absent on synthesized nodes. */
	readonly endLine?: number;
	readonly endCol?: number;
}

export type Expr =
	| NameExpr
	| ConstExpr
	| FStringExpr
	| BinOpExpr
	| UnaryExpr
	| BoolOpExpr
	| CompareExpr
	| CallExpr
	| AttributeExpr
	| SubscriptExpr
	| SliceExpr
	| SequenceExpr
	| DictExpr
	| StarredExpr
	| ComprehensionExpr
	| LambdaExpr
	| IfExpExpr
	| AwaitExpr
	| YieldExpr
	| YieldFromExpr
	| NamedExpr;

export interface NameExpr extends Located {
	readonly kind: 'name';
	readonly id: string;
}

/** Literal values: int (bigint when it does not fit a double exactly), float, str, bytes, bool, None, `...`. */
export type ConstValue =
	| {readonly type: 'int'; readonly value: number | bigint}
	| {readonly type: 'float'; readonly value: number}
	| {readonly type: 'complex'; readonly value: number}
	| {readonly type: 'str'; readonly value: string}
	| {readonly type: 'bytes'; readonly value: Uint8Array}
	| {readonly type: 'bool'; readonly value: boolean}
	| {readonly type: 'none'}
	| {readonly type: 'ellipsis'};

export interface ConstExpr extends Located {
	readonly kind: 'const';
	readonly value: ConstValue;
}

export interface FStringField {
	readonly expr: Expr;
	/** `!r`, `!s`, `!a`, or none. */
	readonly conversion: 'r' | 's' | 'a' | null;
	/** The format spec, itself an f-string (it may hold `{width}` fields). */
	readonly spec: FStringExpr | null;
	/** `f"{x=}"`: the text before `=` is printed too. */
	readonly selfDoc: string | null;
}

export interface FStringExpr extends Located {
	readonly kind: 'fstring';
	readonly parts: readonly (string | FStringField)[];
}

export type BinaryOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '&' | '|' | '^';

export interface BinOpExpr extends Located {
	readonly kind: 'binop';
	readonly op: BinaryOperator;
	readonly left: Expr;
	readonly right: Expr;
}

export interface UnaryExpr extends Located {
	readonly kind: 'unary';
	readonly op: '-' | '+' | '~' | 'not';
	readonly operand: Expr;
}

export interface BoolOpExpr extends Located {
	readonly kind: 'boolop';
	readonly op: 'and' | 'or';
	readonly left: Expr;
	readonly right: Expr;
}

export type CompareOperator = '<' | '<=' | '>' | '>=' | '==' | '!=' | 'in' | 'not in' | 'is' | 'is not';

export interface CompareExpr extends Located {
	readonly kind: 'compare';
	readonly left: Expr;
	readonly ops: readonly CompareOperator[];
	readonly comparators: readonly Expr[];
}

export type Argument =
	| {readonly kind: 'positional'; readonly value: Expr}
	| {readonly kind: 'star'; readonly value: Expr}
	| {readonly kind: 'keyword'; readonly name: string; readonly value: Expr}
	| {readonly kind: 'doubleStar'; readonly value: Expr};

export interface CallExpr extends Located {
	readonly kind: 'call';
	readonly func: Expr;
	readonly args: readonly Argument[];
}

export interface AttributeExpr extends Located {
	readonly kind: 'attribute';
	readonly object: Expr;
	readonly name: string;
}

export interface SubscriptExpr extends Located {
	readonly kind: 'subscript';
	readonly object: Expr;
	readonly index: Expr;
}

export interface SliceExpr extends Located {
	readonly kind: 'slice';
	readonly lower: Expr | null;
	readonly upper: Expr | null;
	readonly step: Expr | null;
}

export interface SequenceExpr extends Located {
	readonly kind: 'list' | 'tuple' | 'set';
	readonly elts: readonly Expr[];
}

export type DictItem = {readonly kind: 'pair'; readonly key: Expr; readonly value: Expr} | {readonly kind: 'doubleStar'; readonly value: Expr};

export interface DictExpr extends Located {
	readonly kind: 'dict';
	readonly items: readonly DictItem[];
}

export interface StarredExpr extends Located {
	readonly kind: 'starred';
	readonly value: Expr;
}

export interface Comprehension {
	readonly target: Expr;
	readonly iter: Expr;
	readonly ifs: readonly Expr[];
	readonly isAsync: boolean;
}

export interface ComprehensionExpr extends Located {
	readonly kind: 'comprehension';
	readonly type: 'list' | 'set' | 'dict' | 'generator';
	readonly elt: Expr;
	/** Dict comprehensions only: `elt` is the key. */
	readonly value: Expr | null;
	readonly generators: readonly Comprehension[];
	/** Filled by scope analysis: a comprehension is a function scope of its own. */
	scope?: FunctionScope;
}

export interface LambdaExpr extends Located {
	readonly kind: 'lambda';
	readonly params: Parameters;
	readonly body: Expr;
	scope?: FunctionScope;
}

export interface IfExpExpr extends Located {
	readonly kind: 'ifexp';
	readonly test: Expr;
	readonly body: Expr;
	readonly orelse: Expr;
}

export interface AwaitExpr extends Located {
	readonly kind: 'await';
	readonly value: Expr;
}

export interface YieldExpr extends Located {
	readonly kind: 'yield';
	readonly value: Expr | null;
}

export interface YieldFromExpr extends Located {
	readonly kind: 'yieldFrom';
	readonly value: Expr;
}

export interface NamedExpr extends Located {
	readonly kind: 'walrus';
	readonly target: NameExpr;
	readonly value: Expr;
}

export interface Parameter {
	readonly name: string;
	readonly default: Expr | null;
	readonly line: number;
}

/** `def f(a, /, b=1, *args, c, d=2, **kw)`. */
export interface Parameters {
	readonly positionalOnly: readonly Parameter[];
	readonly positional: readonly Parameter[];
	readonly varargs: string | null;
	readonly keywordOnly: readonly Parameter[];
	readonly kwargs: string | null;
}

export type Stmt =
	| ExprStmt
	| AssignStmt
	| AugAssignStmt
	| AnnAssignStmt
	| IfStmt
	| WhileStmt
	| ForStmt
	| FunctionDefStmt
	| ClassDefStmt
	| ReturnStmt
	| SimpleStmt
	| RaiseStmt
	| TryStmt
	| WithStmt
	| ScopeDeclStmt
	| ImportStmt
	| ImportFromStmt
	| AssertStmt
	| DeleteStmt;

export interface ExprStmt extends Located {
	readonly kind: 'expr';
	readonly value: Expr;
}

export interface AssignStmt extends Located {
	readonly kind: 'assign';
	/** `a = b = value` has two targets, assigned left to right. */
	readonly targets: readonly Expr[];
	readonly value: Expr;
}

export interface AugAssignStmt extends Located {
	readonly kind: 'augAssign';
	readonly target: Expr;
	readonly op: BinaryOperator;
	readonly value: Expr;
}

export interface AnnAssignStmt extends Located {
	readonly kind: 'annAssign';
	readonly target: Expr;
	readonly annotation: Expr;
	readonly value: Expr | null;
}

export interface IfStmt extends Located {
	readonly kind: 'if';
	readonly test: Expr;
	readonly body: readonly Stmt[];
	readonly orelse: readonly Stmt[];
}

export interface WhileStmt extends Located {
	readonly kind: 'while';
	readonly test: Expr;
	readonly body: readonly Stmt[];
	readonly orelse: readonly Stmt[];
}

export interface ForStmt extends Located {
	readonly kind: 'for';
	readonly target: Expr;
	readonly iter: Expr;
	readonly body: readonly Stmt[];
	readonly orelse: readonly Stmt[];
	readonly isAsync: boolean;
}

export interface FunctionDefStmt extends Located {
	readonly kind: 'def';
	readonly name: string;
	readonly params: Parameters;
	readonly body: readonly Stmt[];
	readonly decorators: readonly Expr[];
	readonly isAsync: boolean;
	scope?: FunctionScope;
}

export interface ClassDefStmt extends Located {
	readonly kind: 'class';
	readonly name: string;
	readonly bases: readonly Argument[];
	readonly body: readonly Stmt[];
	readonly decorators: readonly Expr[];
	scope?: ClassScope;
}

export interface ReturnStmt extends Located {
	readonly kind: 'return';
	readonly value: Expr | null;
}

export interface SimpleStmt extends Located {
	readonly kind: 'pass' | 'break' | 'continue';
}

export interface RaiseStmt extends Located {
	readonly kind: 'raise';
	readonly exc: Expr | null;
	readonly cause: Expr | null;
}

export interface ExceptHandler extends Located {
	/** `except*`: the clause takes the matching part of an exception group. */
	readonly star: boolean;
	readonly type: Expr | null;
	readonly name: string | null;
	readonly body: readonly Stmt[];
}

export interface TryStmt extends Located {
	readonly kind: 'try';
	readonly body: readonly Stmt[];
	readonly handlers: readonly ExceptHandler[];
	readonly orelse: readonly Stmt[];
	readonly finalbody: readonly Stmt[];
}

export interface WithItem {
	readonly context: Expr;
	readonly target: Expr | null;
}

export interface WithStmt extends Located {
	readonly kind: 'with';
	readonly items: readonly WithItem[];
	readonly body: readonly Stmt[];
	readonly isAsync: boolean;
}

export interface ScopeDeclStmt extends Located {
	readonly kind: 'global' | 'nonlocal';
	readonly names: readonly string[];
}

export interface ImportStmt extends Located {
	readonly kind: 'import';
	readonly names: readonly {readonly module: string; readonly asname: string | null}[];
}

export interface ImportFromStmt extends Located {
	readonly kind: 'importFrom';
	readonly module: string;
	readonly names: readonly {readonly name: string; readonly asname: string | null}[];
}

export interface AssertStmt extends Located {
	readonly kind: 'assert';
	readonly test: Expr;
	readonly msg: Expr | null;
}

export interface DeleteStmt extends Located {
	readonly kind: 'delete';
	readonly targets: readonly Expr[];
}

export interface Module {
	readonly body: readonly Stmt[];
	scope?: FunctionScope;
}

/** Where a name lives, decided once by scope analysis (CPython's symtable). */
export type NameLocation =
	| {readonly kind: 'fast'; readonly index: number}
	| {readonly kind: 'cell'; readonly index: number}
	| {readonly kind: 'global'}
	/** A name in a class body: the class namespace first, then a cell (if any) or globals. */
	| {readonly kind: 'classBody'; readonly cell: number | null};

/** A function, lambda, comprehension or the module: the names it binds and how to reach each. */
export interface FunctionScope {
	readonly kind: 'function' | 'module';
	/** Fast locals, in slot order (parameters first). */
	readonly locals: string[];
	/** Cells this scope creates (its `cells` array starts with these, then its free variables). */
	readonly cellNames: string[];
	/** Free variables it receives from its closure, in closure order. */
	readonly freeNames: string[];
	/** How this scope's own code reaches each name it uses. */
	readonly names: Map<string, NameLocation>;
	/** Index in `cells` of every cell or free variable, for building inner closures. */
	readonly cellIndex: Map<string, number>;
	isGenerator: boolean;
	isCoroutine: boolean;
}

export interface ClassScope {
	readonly kind: 'class';
	readonly cellNames: string[];
	readonly freeNames: string[];
	readonly names: Map<string, NameLocation>;
	readonly cellIndex: Map<string, number>;
}
