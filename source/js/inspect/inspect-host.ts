/**
 * What the inspector needs to know about the interpreter's values.
 *
 * The inspector is a port of Node 20's `lib/internal/util/inspect.js`. Node reads values through
 * ECMAScript reflection (`Reflect.ownKeys`, `Object.getOwnPropertyDescriptor`, ...) and through V8
 * brand checks (`internalBinding('util')`, `internal/util/types`). `InspectHost` is exactly that
 * surface, answered by the interpreter for its own value model.
 *
 * Value representation:
 * - The JavaScript primitives string, number, boolean, bigint, undefined and null are the host's own
 *   primitives (a JS `"a"` is the TypeScript string `"a"`, `-0` is `-0`, `1n` is `1n`).
 * - Every other value (symbols, objects, functions) is an opaque host value that the inspector only
 *   passes back to these methods. One JavaScript object must always be the same host value, since
 *   `===` on host values is how cycles are found (`<ref *1>` / `[Circular *1]`).
 * - Property keys are strings, or symbol values (for which `typeOf` answers `'symbol'`).
 *
 * Methods that may run user code (`get` on an accessor, `toStringValue`, `toNumberValue`,
 * `jsonStringify`) may throw whatever the interpreter uses for a JavaScript exception; the
 * inspector never catches it, so it surfaces from `console.log` as it would in Node.
 */
export interface InspectHost {
	/** The `typeof` of a value that is not a host primitive. */
	typeOf(value: unknown): 'object' | 'function' | 'symbol';

	/** `Symbol.prototype.toString`: `Symbol(desc)`, or `Symbol()` without a description. */
	symbolToString(symbol: unknown): string;

	/** The symbols `Symbol.toStringTag` and `Symbol.toPrimitive` (read as keys by the inspector). */
	wellKnownSymbol(name: 'toStringTag' | 'toPrimitive'): unknown;

	/** [[GetPrototypeOf]]: an object, or null at the end of the chain. */
	getPrototypeOf(object: unknown): unknown;

	/** [[OwnPropertyKeys]] (ECMA-262 §10.1.11): integer indices ascending, then strings, then symbols, each in creation order; enumerable or not. */
	ownKeys(object: unknown): readonly unknown[];

	/** [[GetOwnProperty]] without running any user code; undefined when there is no such own property. */
	getOwnProperty(object: unknown, key: unknown): OwnProperty | undefined;

	/** [[Get]] along the prototype chain (may run a getter; the host may answer undefined instead). */
	get(object: unknown, key: unknown): unknown;

	/** Which built-in internal slots the object has, i.e. what Node's brand checks (`isMap`, `isPromise`, ...) would answer. */
	slots(object: unknown): ObjectSlots;

	/** ToString (ECMA-262 §7.1.17) of an object or function: `%s` of user `toString`s and functions, `%i`/`%f`, non-string error names. */
	toStringValue(value: unknown): string;

	/** ToNumber (ECMA-262 §7.1.4) of an object or function (used by `%d`). */
	toNumberValue(value: unknown): number;

	/** `JSON.stringify(value)` (used by `%j`); `{kind: 'circular'}` when it throws because of a cycle. */
	jsonStringify(value: unknown): JsonResult;
}

/** An own property as [[GetOwnProperty]] describes it: a data property, or an accessor with its getter/setter presence. */
export type OwnProperty =
	| {readonly kind: 'data'; readonly value: unknown; readonly enumerable: boolean}
	| {readonly kind: 'accessor'; readonly hasGetter: boolean; readonly hasSetter: boolean; readonly enumerable: boolean};

/**
 * The exotic or built-in nature of an object. `ordinary` covers plain objects, class instances and
 * anything else without special slots. Lengths, names and messages are read as properties
 * (`length`, `name`, `message`, `stack`), as Node does.
 */
export type ObjectSlots =
	| {readonly kind: 'ordinary'}
	/** An Array exotic object (Array.isArray). */
	| {readonly kind: 'array'}
	/** The `arguments` object of a non-arrow function. */
	| {readonly kind: 'arguments'}
	/**
	 * A callable. `isClass` for `class` syntax; `isAsync`/`isGenerator` for the async and generator
	 * forms. Its `name` and `length` are read as (non-enumerable) properties, the `AsyncFunction`-style
	 * suffix from its prototype chain's constructor name, as in Node.
	 */
	| {readonly kind: 'function'; readonly isClass: boolean; readonly isAsync: boolean; readonly isGenerator: boolean}
	/** [[MapData]], in insertion order. */
	| {readonly kind: 'map'; readonly entries: readonly (readonly [unknown, unknown])[]}
	/** [[SetData]], in insertion order. */
	| {readonly kind: 'set'; readonly values: readonly unknown[]}
	/** A Map or Set iterator with the entries it has yet to produce (pairs when it yields `[key, value]`). */
	| {readonly kind: 'map-iterator' | 'set-iterator'; readonly entries: readonly unknown[]; readonly isKeyValue: boolean}
	/** A WeakMap's or WeakSet's current entries (shown only with showHidden, as `%o` does). */
	| {readonly kind: 'weak-map'; readonly entries: readonly (readonly [unknown, unknown])[]}
	| {readonly kind: 'weak-set'; readonly values: readonly unknown[]}
	/** [[PromiseState]] and [[PromiseResult]]. */
	| {readonly kind: 'promise'; readonly state: 'pending' | 'fulfilled' | 'rejected'; readonly result: unknown}
	/**
	 * [[ErrorData]] (an object made by `Error` or a subclass). Its own non-enumerable `stack` should
	 * be the header V8 captures at construction (`TypeError: bad`, or just `TypeError` without a
	 * message). Frames in it are printed. `framesElided` says the stack is the one made at
	 * construction, where Node's would have frames: the error then prints as Node prints it with its
	 * frame lines removed (see format-error.ts). A stack the program replaced prints as it is.
	 */
	| {readonly kind: 'error'; readonly framesElided: boolean}
	/** [[DateValue]] in milliseconds since the epoch (NaN for an invalid date). */
	| {readonly kind: 'date'; readonly time: number}
	/** [[OriginalSource]] and [[OriginalFlags]]. */
	| {readonly kind: 'regexp'; readonly source: string; readonly flags: string}
	/** A Number, String, Boolean, BigInt or Symbol wrapper object and the primitive it boxes. */
	| {readonly kind: 'boxed'; readonly primitive: unknown};

/** What `JSON.stringify` produced: its text (undefined for e.g. a function), or the fact it met a cycle. */
export type JsonResult = {readonly kind: 'json'; readonly text: string | undefined} | {readonly kind: 'circular'};
