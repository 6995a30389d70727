import type {Completion} from '../runtime/completion.js';
import type {Environment} from '../runtime/environment.js';
import type {SuspendableBody} from '../runtime/suspension.js';
import type {Value} from '../values/value.js';

/** A compiled expression: evaluates in an environment. */
export type Evaluator = (env: Environment) => Value;
/** A compiled statement: runs for effect and reports break/continue/return. */
export type Executor = (env: Environment) => Completion;
/** The suspendable forms, for the parts of async and generator bodies that contain await/yield. */
export type SuspendableEvaluator = (env: Environment) => SuspendableBody<Value>;
export type SuspendableExecutor = (env: Environment) => SuspendableBody<Completion>;
/** Binds a value to a pattern (declaration or assignment target). */
export type Binder = (env: Environment, value: Value) => void;
