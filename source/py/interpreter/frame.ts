import type {Cell, PyValue} from '../runtime/py-object.js';
import type {PyFunction} from '../runtime/py-callables.js';

/** One activation of a function, class body or the module: its variables and where it is. */
export class Frame {
	/** 1-based line of the statement running in this frame (tracebacks, the plan's stack). */
	line = 0;
	/** Set by `return` for the caller. */
	returnValue: PyValue = null;

	constructor(
		/** `co_name`: `<module>`, `f`, `<lambda>`, `<listcomp>`, the class name. */
		readonly name: string,
		readonly locals: (PyValue | undefined)[],
		readonly cells: Cell[],
		readonly globals: Map<string, PyValue>,
		/** A class body's namespace; null elsewhere. */
		readonly namespace: Map<string, PyValue> | null,
		readonly fn: PyFunction | null,
	) {}
}

/** What a compiled statement tells the enclosing block (CPython's why-codes). */
export const enum Completion {
	Normal = 0,
	Return = 1,
	Break = 2,
	Continue = 3,
}
