import type {Node} from 'acorn';
import type {Recorder} from '../../plan/index.js';
import {SourceError} from '../../plan/index.js';
import type {Agent} from '../runtime/agent.js';
import type {FunctionKind} from '../runtime/function-code.js';
import type {Evaluator, Executor, SuspendableEvaluator, SuspendableExecutor} from './compiled.js';
import {compileExpression, compileSuspendableExpression} from './compile-expression.js';
import {compileStatement, compileSuspendableStatement} from './compile-statement.js';
import {Scope} from './scope.js';
import {shorten} from './source-text.js';

/** What the compiler knows about the function whose body it is compiling. */
export interface FunctionContext {
	readonly kind: FunctionKind | 'script' | 'module';
	readonly isAsync: boolean;
	readonly isGenerator: boolean;
	readonly strict: boolean;
	readonly name: string;
}

/**
 * Compiles the AST once into closures (`Evaluator`, `Executor`). Only the parts of async and
 * generator bodies that contain await/yield compile to suspendable (host generator) form, so
 * ordinary code runs as plain closure calls.
 */
export class Compiler {
	scope: Scope;
	fn: FunctionContext;
	/** Labels that apply to the statement being compiled next (`a: for (...)`). */
	pendingLabels: string[] = [];
	/** Private names (`#x`) of the enclosing class bodies, innermost last. */
	readonly privateNames: Map<string, symbol>[] = [];

	constructor(
		readonly agent: Agent,
		readonly source: string,
		readonly recorder: Recorder,
		readonly suspending: ReadonlySet<Node>,
		readonly isModule: boolean,
	) {
		this.scope = new Scope(null, true);
		this.fn = {kind: isModule ? 'module' : 'script', isAsync: isModule, isGenerator: false, strict: isModule, name: ''};
	}

	expression(node: Node): Evaluator {
		return compileExpression(this, node);
	}

	statement(node: Node): Executor {
		return compileStatement(this, node);
	}

	/** Whether a node contains an await or yield of the current body. */
	suspends(node: Node): boolean {
		return this.suspending.has(node);
	}

	suspendableExpression(node: Node): SuspendableEvaluator {
		if (!this.suspends(node)) {
			const evaluate = this.expression(node);
			return function* (env) {
				return evaluate(env);
			};
		}
		return compileSuspendableExpression(this, node);
	}

	suspendableStatement(node: Node): SuspendableExecutor {
		if (!this.suspends(node)) {
			const execute = this.statement(node);
			return function* (env) {
				return execute(env);
			};
		}
		return compileSuspendableStatement(this, node);
	}

	/** Runs `compile` with `scope` as the current scope. */
	inScope<T>(scope: Scope, compile: () => T): T {
		const saved = this.scope;
		this.scope = scope;
		try {
			return compile();
		} finally {
			this.scope = saved;
		}
	}

	inFunction<T>(context: FunctionContext, scope: Scope, compile: () => T): T {
		const saved = this.fn;
		const savedLabels = this.pendingLabels;
		this.fn = context;
		this.pendingLabels = [];
		try {
			return this.inScope(scope, compile);
		} finally {
			this.fn = saved;
			this.pendingLabels = savedLabels;
		}
	}

	/** Takes the labels meant for the statement being compiled. */
	takeLabels(): string[] {
		const labels = this.pendingLabels;
		this.pendingLabels = [];
		return labels;
	}

	text(node: Node): string {
		return this.source.slice(node.start, node.end);
	}

	/** The source text of a node on one line, shortened for queue labels and narration. */
	snippet(node: Node, max = 60): string {
		return shorten(this.text(node), max);
	}

	intern(text: string): number {
		return this.recorder.intern(text);
	}

	line(node: Node): number {
		return node.loc!.start.line;
	}

	column(node: Node): number {
		return node.loc!.start.column + 1;
	}

	unsupported(node: Node, what: string): never {
		throw new SourceError('UnsupportedError', `${what} is not supported by loopstep`, this.line(node), this.column(node));
	}

	/** Wraps a statement so that reaching it records one `statement` step. */
	stepped(node: Node, narration: string, execute: Executor): Executor {
		const recorder = this.recorder;
		const line = this.line(node);
		const column = this.column(node);
		const id = this.intern(narration);
		const agent = this.agent;
		return env => {
			recorder.step('statement', line, column, id);
			agent.currentLine = line;
			return execute(env);
		};
	}

	suspendableStepped(node: Node, narration: string, execute: SuspendableExecutor): SuspendableExecutor {
		const recorder = this.recorder;
		const line = this.line(node);
		const column = this.column(node);
		const id = this.intern(narration);
		const agent = this.agent;
		return function* (env) {
			recorder.step('statement', line, column, id);
			agent.currentLine = line;
			return yield* execute(env);
		};
	}
}
