import type {Executor, SuspendableExecutor} from '../compiler/compiled.js';
import type {Environment} from './environment.js';
import type {UserFunction} from './user-function.js';
import type {Value} from '../values/value.js';
import type {JSObject} from '../values/js-object.js';

export type FunctionKind = 'normal' | 'arrow' | 'method' | 'accessor' | 'classConstructor' | 'derivedConstructor' | 'fieldInitializer';

/** Everything compiled once per function literal; each closure over it is a `UserFunction`. */
export interface FunctionCode {
	/** The name shown in stack frames; '' for anonymous. */
	readonly name: string;
	/** The callback's source text, shortened, as a queue label. */
	readonly label: string;
	readonly line: number;
	readonly column: number;
	/** Source offsets of the function's text (Function.prototype.toString). */
	readonly sourceStart: number;
	readonly sourceEnd: number;
	/** Line of the closing brace, where the return step points. */
	readonly endLine: number;
	readonly kind: FunctionKind;
	readonly isAsync: boolean;
	readonly isGenerator: boolean;
	readonly strict: boolean;
	/** Number of formal parameters before the first default or rest (`length`). */
	readonly length: number;
	readonly envSize: number;
	/** FunctionDeclarationInstantiation (§10.2.11): binds this, arguments, parameters, hoisted functions. */
	readonly instantiate: (env: Environment, callee: UserFunction, thisArg: Value, args: Value[], newTarget: JSObject | undefined) => void;
	/** Exactly one of the two bodies is set: suspendable for async functions and generators. */
	readonly body: Executor | undefined;
	readonly suspendableBody: SuspendableExecutor | undefined;
	/** Narration ids interned once. */
	readonly callNarration: number;
	readonly returnNarration: number;
}
