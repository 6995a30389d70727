import type {JSObject} from './js-object.js';

/** An ECMAScript language value (§6.1). Primitives are host primitives; objects are always `JSObject`. */
export type Value = undefined | null | boolean | number | string | symbol | bigint | JSObject;

/** A property key after ToPropertyKey (§7.1.19). */
export type PropertyKey = string | symbol;

/** Marks a `let`/`const`/`class` binding in its temporal dead zone. */
export const uninitialized: unique symbol = Symbol('uninitialized');
